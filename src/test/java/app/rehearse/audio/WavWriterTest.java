package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.rehearse.storage.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    @TempDir
    Path dir;

    private final byte[] tone = Tones.sine(440, 1_500);
    private final List<Cue> star = List.of(new Cue("situation", 0), new Cue("task", 400), new Cue("action", 900));

    @Test
    void aRecordingReadsBackWithItsFormatLengthAndCues() throws IOException, UnsupportedAudioFileException {
        Path target = Tones.wav(dir.resolve("answer.wav"), tone, star);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(target.toFile())) {
            assertThat(in.getFormat().matches(RecordingFormat.FORMAT)).isTrue();
            assertThat(in.getFrameLength()).isEqualTo(24_000);
            assertThat(in.readAllBytes()).isEqualTo(tone);
        }
        Recording recording = WavCues.read(target);
        assertThat(recording.durationMs()).isEqualTo(1_500);
        assertThat(recording.cues()).extracting(Cue::label).containsExactly("situation", "task", "action");
        for (int i = 0; i < star.size(); i++) {
            assertThat(recording.cues().get(i).millis()).isCloseTo(star.get(i).millis(), within(1L));
        }
        assertThat(Tones.filesIn(dir)).containsExactly(target);
    }

    @Test
    void whileWritingOnlyATemporaryFileThatTheLeftoverSweepRecognisesExists() throws IOException {
        Path target = dir.resolve("answer.wav");
        WavWriter writer = new WavWriter(target, RecordingFormat.DEFAULT_MAX_BYTES);
        writer.append(tone, 0, 3_200);

        assertThat(target).doesNotExist();
        assertThat(Tones.filesIn(dir)).singleElement().satisfies(temp -> {
            assertThat(temp.getFileName().toString()).startsWith(".answer.wav.");
            assertThat(AtomicFiles.isLeftoverTemp(temp)).isTrue();
        });
        writer.abandon();
        assertThat(Tones.filesIn(dir)).isEmpty();
    }

    @Test
    void appendingPastTheCapKeepsExactlyTheCapInWholeFrames() throws IOException {
        Path target = dir.resolve("answer.wav");
        WavWriter writer = new WavWriter(target, 1_001);

        assertThat(writer.append(tone, 0, 600)).isEqualTo(600);
        assertThat(writer.append(tone, 600, 600)).isEqualTo(400);
        assertThat(writer.isFull()).isTrue();
        assertThat(writer.append(tone, 1_200, 600)).isZero();
        writer.finish(List.of());

        assertThat(writer.dataBytes()).isEqualTo(1_000);
        assertThat(WavCues.read(target).durationMs()).isEqualTo(31);
        assertThat(Files.size(target)).isEqualTo(WavWriter.HEADER_BYTES + 1_000);
    }

    @Test
    void aPartialFrameIsNotTaken() throws IOException {
        WavWriter writer = new WavWriter(dir.resolve("answer.wav"), 100);

        assertThat(writer.append(tone, 0, 3)).isEqualTo(2);
        writer.abandon();
    }

    @Test
    void everyChunkStartsOnAnEvenOffsetAndTheRiffSizeCoversTheFile() throws IOException {
        List<Cue> oddLabels = List.of(new Cue("a", 10), new Cue("ab", 20), new Cue("résumé", 30));
        Path target = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 100), oddLabels);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(target)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(bytes.getInt(4)).isEqualTo(bytes.limit() - 8);
        int at = 12;
        while (at < bytes.limit()) {
            assertThat(at % 2).as("chunk offset %d", at).isZero();
            int size = bytes.getInt(at + 4);
            if (fourCc(bytes, at).equals("LIST")) {
                for (int sub = at + 12; sub < at + 8 + size; sub += 8 + CueChunks.padded(bytes.getInt(sub + 4))) {
                    assertThat(sub % 2).as("label offset %d", sub).isZero();
                }
            }
            at += 8 + CueChunks.padded(size);
        }
        assertThat(at).isEqualTo(bytes.limit());
        assertThat(WavCues.read(target).cues()).isEqualTo(oddLabels);
    }

    @Test
    void withoutCuesNoCueChunksAreWritten() throws IOException {
        Path target = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 100), List.of());

        assertThat(Files.size(target)).isEqualTo(WavWriter.HEADER_BYTES + 3_200);
        assertThat(WavCues.read(target).cues()).isEmpty();
    }

    @Test
    void aCuePastTheEndIsPlacedAtTheEnd() throws IOException {
        Path target = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 100), List.of(new Cue("late", 5_000)));

        assertThat(WavCues.read(target).cues()).containsExactly(new Cue("late", 100));
    }

    @Test
    void finishingReplacesAnEarlierRecording() throws IOException {
        Path target = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 1_000), star);

        Tones.wav(target, Tones.sine(220, 200), List.of(new Cue("result", 100)));

        assertThat(WavCues.read(target)).isEqualTo(new Recording(target, 200, List.of(new Cue("result", 100))));
        assertThat(Tones.filesIn(dir)).containsExactly(target);
    }

    @Test
    void abandoningLeavesAnEarlierRecordingAsItWas() throws IOException {
        Path target = Tones.wav(dir.resolve("answer.wav"), tone, star);
        byte[] before = Files.readAllBytes(target);

        WavWriter writer = new WavWriter(target, RecordingFormat.DEFAULT_MAX_BYTES);
        writer.append(tone, 0, 640);
        writer.abandon();
        writer.abandon();

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Tones.filesIn(dir)).containsExactly(target);
        assertThatThrownBy(() -> writer.finish(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTargetWhoseFolderIsARegularFileFailsAndLeavesNothingBehind() throws IOException {
        Path blocker = Files.writeString(dir.resolve("session"), "not a folder");

        assertThatThrownBy(() -> new WavWriter(blocker.resolve("answer.wav"), 100)).isInstanceOf(IOException.class);

        assertThat(Tones.filesIn(dir)).containsExactly(blocker);
        assertThat(blocker).hasContent("not a folder");
    }

    @Test
    void aFailedMoveRemovesTheTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("answer.wav").resolve("in-the-way"));
        WavWriter writer = new WavWriter(target.getParent(), 1_000);
        writer.append(tone, 0, 100);

        assertThatThrownBy(() -> writer.finish(List.of())).isInstanceOf(IOException.class);

        assertThat(Tones.filesIn(dir)).containsExactly(target.getParent());
    }

    @Test
    void aCapOutsideWhatAWavFileCanHoldIsRefused() {
        assertThatThrownBy(() -> new WavWriter(dir.resolve("a.wav"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WavWriter(dir.resolve("a.wav"), 1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String fourCc(ByteBuffer bytes, int at) {
        byte[] id = new byte[4];
        bytes.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
