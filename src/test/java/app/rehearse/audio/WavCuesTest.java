package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavCuesTest {
    @TempDir
    Path dir;

    private byte[] validFile() throws IOException {
        Path file = Tones.wav(dir.resolve("valid.wav"), Tones.sine(440, 20),
                List.of(new Cue("situation", 0), new Cue("task", 5), new Cue("action", 12)));
        return Files.readAllBytes(file);
    }

    @Test
    void garbageIsReportedAsAnIOExceptionNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("answer.wav"), "this is not a recording at all");

        assertThatThrownBy(() -> WavCues.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a WAV file");
    }

    @Test
    void everyTruncationIsReportedAsAnIOExceptionNamingTheFile() throws IOException {
        byte[] valid = validFile();
        Path file = dir.resolve("answer.wav");
        for (int length = 0; length < valid.length; length++) {
            Files.write(file, Arrays.copyOf(valid, length));
            assertThatThrownBy(() -> WavCues.read(file)).as("cut to %d bytes", length)
                    .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
        }
    }

    @Test
    void corruptedBytesGiveAResultOrAnIOExceptionButNeverAnythingElse() throws IOException {
        byte[] valid = validFile();
        Path file = dir.resolve("answer.wav");
        Random random = new Random(20_240_601);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = valid.clone();
            if (round % 4 == 0) {
                bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(4, bytes.length));
            } else {
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            Files.write(file, bytes);
            assertThatCode(() -> {
                try {
                    WavCues.read(file);
                } catch (IOException expected) {
                    assertThat(expected).hasMessageContaining(file.toString());
                }
            }).as("round %d", round).doesNotThrowAnyException();
        }
    }

    @Test
    void unknownChunksAreSkippedAndAMissingLabelReadsAsEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(chunk("fmt ", le(16).putShort((short) 1).putShort((short) 1).putInt(8_000).putInt(16_000)
                .putShort((short) 2).putShort((short) 16)));
        out.writeBytes(chunk("junk", ByteBuffer.wrap(new byte[] {1, 2, 3})));
        out.writeBytes(chunk("data", ByteBuffer.wrap(new byte[16_000])));
        out.writeBytes(chunk("LIST", ByteBuffer.wrap("INFOISFT".getBytes(StandardCharsets.US_ASCII))));
        out.writeBytes(chunk("cue ", le(28).putInt(1).putInt(7).putInt(0).putInt(0).putInt(0).putInt(0).putInt(4_000)));
        Path file = Files.write(dir.resolve("other.wav"), riff(out.toByteArray()));

        assertThat(WavCues.read(file)).isEqualTo(new Recording(file, 1_000, List.of(new Cue("", 500))));
    }

    @Test
    void aFileWithoutAudioDataIsDamaged() throws IOException {
        Path file = Files.write(dir.resolve("empty.wav"), riff(chunk("fmt ", le(16).putShort((short) 1)
                .putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16))));

        assertThatThrownBy(() -> WavCues.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no audio data");
    }

    @Test
    void aMissingFileIsAnIOExceptionNamingIt() {
        Path file = dir.resolve("gone.wav");

        assertThatThrownBy(() -> WavCues.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }

    private static ByteBuffer le(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] chunk(String id, ByteBuffer body) {
        body.rewind();
        int size = body.remaining();
        return le(8 + CueChunks.padded(size)).put(id.getBytes(StandardCharsets.US_ASCII)).putInt(size).put(body)
                .array();
    }

    private static byte[] riff(byte[] chunks) {
        return le(12 + chunks.length).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(chunks).array();
    }
}
