package app.rehearse.audio;

import java.io.IOException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * The default capture device as an {@link AudioSource}. Obtained only through {@link #probe()}, so the UI
 * checks for a microphone (and learns why there is none) before offering to record.
 */
public final class Microphone implements AudioSource {
    private static final Logger LOG = Logger.getLogger(Microphone.class.getName());
    private static final DataLine.Info LINE = new DataLine.Info(TargetDataLine.class, RecordingFormat.FORMAT);
    /** Half a second of device buffer: enough to ride out a busy disk without dropping sound. */
    private static final int LINE_BUFFER_BYTES = (int) RecordingFormat.millisToBytes(500);

    private final LineLookup lookup;

    private Microphone(LineLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Looks for a microphone that can record in {@link RecordingFormat#FORMAT}, without opening it. Never
     * throws. A microphone another program holds may still only show up as a failure when recording starts.
     */
    public static Availability<AudioSource> probe() {
        return probe(AudioSystem::getLine);
    }

    static Availability<AudioSource> probe(LineLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return LineProbe.probe(lookup, LINE, DeviceWords.MICROPHONE, () -> new Microphone(lookup));
    }

    /** Opens and starts the microphone; the returned stream's {@code close} stops and releases it. */
    @Override
    public AudioInputStream open() throws IOException {
        TargetDataLine line;
        try {
            line = (TargetDataLine) lookup.getLine(LINE);
            line.open(RecordingFormat.FORMAT, LINE_BUFFER_BYTES);
        } catch (LineUnavailableException | RuntimeException e) {
            throw new IOException(LineProbe.reason(e, DeviceWords.MICROPHONE, LINE), e);
        }
        try {
            line.start();
            return new AudioInputStream(line);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the microphone opened but would not start", e);
            line.close();
            throw new IOException(DeviceWords.MICROPHONE.broken(), e);
        }
    }
}
