package app.rehearse.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioInputStream;

/** Synthesised sound and small file helpers for the audio tests. */
final class Tones {
    private Tones() {}

    /** A sine tone in {@link RecordingFormat#FORMAT}: 16 samples per millisecond, 16-bit little-endian. */
    static byte[] sine(double hertz, long millis) {
        int frames = (int) (millis * 16);
        byte[] out = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short sample = (short) (Math.sin(2 * Math.PI * hertz * i / 16_000) * 0.3 * Short.MAX_VALUE);
            out[2 * i] = (byte) sample;
            out[2 * i + 1] = (byte) (sample >> 8);
        }
        return out;
    }

    static AudioInputStream stream(byte[] pcm) {
        return new AudioInputStream(new ByteArrayInputStream(pcm), RecordingFormat.FORMAT, pcm.length / 2);
    }

    /** Writes {@code pcm} with {@code cues} to {@code target} through a {@link WavWriter}, in 100 ms pieces. */
    static Path wav(Path target, byte[] pcm, List<Cue> cues) throws IOException {
        WavWriter writer = new WavWriter(target, RecordingFormat.DEFAULT_MAX_BYTES);
        byte[] buffer = new byte[3_200];
        try (AudioInputStream in = stream(pcm)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                writer.append(buffer, 0, read);
            }
        }
        writer.finish(cues);
        return target;
    }

    static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }
}
