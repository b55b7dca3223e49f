package app.rehearse.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.DataLine;

/**
 * The default playback device. Obtained only through {@link #probe()}, so the UI checks that recordings
 * can be played (and learns why not) before offering to; holding one is the way to open a {@link Playback}.
 */
public final class Speaker {
    private static final DataLine.Info CLIP = new DataLine.Info(Clip.class, RecordingFormat.FORMAT);

    private final LineLookup lookup;

    private Speaker(LineLookup lookup) {
        this.lookup = lookup;
    }

    /** Looks for a device that can play recordings, without opening it. Never throws. */
    public static Availability<Speaker> probe() {
        return probe(AudioSystem::getLine);
    }

    static Availability<Speaker> probe(LineLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return LineProbe.probe(lookup, CLIP, DeviceWords.SPEAKER, () -> new Speaker(lookup));
    }

    /** Loads {@code file} for playback: file and device work, so run it off the UI thread. */
    public Playback open(Path file) throws IOException {
        return Playback.open(file, lookup);
    }
}
