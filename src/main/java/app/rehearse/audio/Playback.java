package app.rehearse.audio;

import app.rehearse.storage.IoGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A recorded answer loaded for listening, with its marks as chapters. A {@link Clip} holds the whole
 * recording in memory (under 20 MB at the ten-minute cap), which makes seeking to a chapter instant.
 * {@link #open} and {@link #close} touch the file and the device, so run them off the UI thread; the
 * other methods only talk to the already open clip and are quick.
 */
public final class Playback implements AutoCloseable {
    private final Clip clip;
    private final Recording recording;
    private final float frameRate;

    private Playback(Clip clip, Recording recording) {
        this.clip = clip;
        this.recording = recording;
        this.frameRate = clip.getFormat().getFrameRate();
    }

    /** Loads {@code file} onto the default playback device. */
    public static Playback open(Path file) throws IOException {
        return open(file, AudioSystem::getLine);
    }

    static Playback open(Path file, LineLookup lookup) throws IOException {
        IoGuard.checkFile("playing", file);
        Recording recording = WavCues.read(file);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            DataLine.Info info = new DataLine.Info(Clip.class, in.getFormat());
            try {
                Clip clip = (Clip) lookup.getLine(info);
                clip.open(in);
                return new Playback(clip, recording);
            } catch (LineUnavailableException | RuntimeException | ServiceConfigurationError | LinkageError e) {
                throw new IOException("Cannot play " + file + ". " + LineProbe.reason(e, DeviceWords.SPEAKER, info), e);
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("Cannot play " + file + ": it is not a recording this app can play.", e);
        }
    }

    public Recording recording() {
        return recording;
    }

    /** The marks made while recording, in time order. */
    public List<Cue> chapters() {
        return recording.cues();
    }

    /** The chapter playing at {@code millis}: the last mark at or before it, if any. */
    public Optional<Cue> chapterAt(long millis) {
        Cue current = null;
        for (Cue cue : recording.cues()) {
            if (cue.millis() <= millis) {
                current = cue;
            }
        }
        return Optional.ofNullable(current);
    }

    /** Plays from the current position; from the start again once the end was reached. */
    public void play() {
        if (clip.getLongFramePosition() >= clip.getFrameLength()) {
            clip.setFramePosition(0);
        }
        clip.start();
    }

    public void pause() {
        clip.stop();
    }

    /** Moves to {@code millis} (clamped to the recording), playing on from there if it was playing. */
    public void seek(long millis) {
        long frame = Math.round(millis * (double) frameRate / 1000);
        clip.setFramePosition((int) Math.max(0, Math.min(frame, clip.getFrameLength())));
    }

    public long positionMillis() {
        long frame = Math.min(clip.getLongFramePosition(), clip.getFrameLength());
        return Math.round(frame * 1000.0 / frameRate);
    }

    public long durationMillis() {
        return recording.durationMs();
    }

    public boolean isPlaying() {
        return clip.isRunning();
    }

    @Override
    public void close() {
        clip.close();
    }
}
