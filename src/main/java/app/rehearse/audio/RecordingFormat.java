package app.rehearse.audio;

import javax.sound.sampled.AudioFormat;

/**
 * The one format answers are recorded in: 16 kHz, 16-bit signed little-endian PCM, mono. Speech needs no
 * more, every sound card can capture it, and ten minutes of it stays under 20 MB. One fixed format also
 * means a byte count converts to audio time without asking the file.
 */
public final class RecordingFormat {
    public static final float SAMPLE_RATE = 16_000f;
    /** Bytes per frame: one 16-bit sample, one channel. */
    public static final int FRAME_SIZE = 2;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    /**
     * Ten minutes of audio (16,000 frames × 2 bytes × 600 s): longer than any behavioral answer should run,
     * and a recorder left running by mistake cannot fill the disk.
     */
    public static final long DEFAULT_MAX_BYTES = 16_000L * FRAME_SIZE * 600;

    private static final long FRAMES_PER_SECOND = 16_000;

    private RecordingFormat() {}

    /** Audio time of {@code bytes} of recording, rounded down to the millisecond (a partial frame counts nothing). */
    public static long bytesToMillis(long bytes) {
        return bytes / FRAME_SIZE * 1000 / FRAMES_PER_SECOND;
    }

    /** Bytes of recording for {@code millis} of audio, always whole frames. */
    public static long millisToBytes(long millis) {
        return millis * FRAMES_PER_SECOND / 1000 * FRAME_SIZE;
    }

    /** {@code bytes} rounded down to whole frames, so a sample is never split. */
    public static long wholeFrames(long bytes) {
        return bytes - bytes % FRAME_SIZE;
    }
}
