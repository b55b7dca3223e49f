package app.rehearse.audio;

import java.io.IOException;
import javax.sound.sampled.AudioInputStream;

/**
 * Where a recording's sound comes from: the microphone in the app, a prepared stream in tests. Kept to
 * one method so that the recorder can be exercised without any sound hardware.
 */
@FunctionalInterface
public interface AudioSource {
    /**
     * Starts capturing and returns the sound as a stream in {@link RecordingFormat#FORMAT}. Reads block
     * until sound arrives; the end of the stream ends the recording; closing the stream releases the device.
     */
    AudioInputStream open() throws IOException;
}
