package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    @TempDir
    Path dir;

    private final CompletableFuture<RecordingOutcome> outcome = new CompletableFuture<>();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final Executor counting = task -> {
        deliveries.incrementAndGet();
        task.run();
    };

    private Recorder start(AudioSource source, Path target, long maxBytes) {
        return Recorder.start(source, target, maxBytes, counting, outcome::complete);
    }

    /** The generous wait only keeps a broken recorder from hanging the build; nothing is timed. */
    private RecordingOutcome outcome() throws Exception {
        RecordingOutcome result = outcome.get(1, TimeUnit.MINUTES);
        assertThat(deliveries).hasValue(1);
        return result;
    }

    private RecordingOutcome.Saved saved() throws Exception {
        return (RecordingOutcome.Saved) outcome();
    }

    private RecordingOutcome.Failed failed() throws Exception {
        return (RecordingOutcome.Failed) outcome();
    }

    @Test
    void aFiniteSourceEndsTheRecordingByItselfWithItsWholeLength() throws Exception {
        byte[] tone = Tones.sine(440, 1_500);
        Path target = dir.resolve("answer.wav");

        start(() -> Tones.stream(tone), target, RecordingFormat.DEFAULT_MAX_BYTES);

        RecordingOutcome.Saved saved = saved();
        assertThat(saved).isEqualTo(new RecordingOutcome.Saved(target, 1_500, List.of(), false));
        assertThat(saved.notice()).isEmpty();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(target.toFile())) {
            assertThat(in.readAllBytes()).isEqualTo(tone);
        }
        assertThat(Tones.filesIn(dir)).containsExactly(target);
    }

    @Test
    void marksLandAtTheAudioCapturedWhenTheyAreMade() throws Exception {
        ScriptedSource source = new ScriptedSource();
        Path target = dir.resolve("answer.wav");
        Recorder recorder = start(source, target, RecordingFormat.DEFAULT_MAX_BYTES);

        source.awaitHungry();
        recorder.mark("situation");
        source.feed(Tones.sine(440, 250));
        source.awaitHungry();
        assertThat(recorder.capturedMillis()).isEqualTo(250);
        recorder.mark("task");
        source.feed(Tones.sine(440, 200));
        source.awaitHungry();
        recorder.mark("action");
        source.feed(Tones.sine(440, 300));
        source.awaitHungry();
        recorder.mark("result");
        source.feed(Tones.sine(440, 250));
        source.end();

        List<Cue> expected = List.of(new Cue("situation", 0), new Cue("task", 250), new Cue("action", 450),
                new Cue("result", 750));
        assertThat(saved()).isEqualTo(new RecordingOutcome.Saved(target, 1_000, expected, false));
        assertThat(WavCues.read(target)).isEqualTo(new Recording(target, 1_000, expected));
        assertThat(source.closed).isTrue();
    }

    @Test
    void stopKeepsWhatWasReadAndIgnoresLaterMarks() throws Exception {
        ScriptedSource source = new ScriptedSource();
        Path target = dir.resolve("answer.wav");
        Recorder recorder = start(source, target, RecordingFormat.DEFAULT_MAX_BYTES);
        source.awaitHungry();
        source.feed(Tones.sine(440, 250));
        source.awaitHungry();

        recorder.stop();
        recorder.mark("too late");
        source.feed(Tones.sine(440, 100));

        assertThat(saved()).isEqualTo(new RecordingOutcome.Saved(target, 350, List.of(), false));
        assertThat(source.closed).isTrue();
    }

    @Test
    void reachingTheCapStopsTheRecordingAndSaysSo() throws Exception {
        Path target = dir.resolve("answer.wav");

        start(() -> Tones.stream(Tones.sine(440, 3_000)), target, 32_000);

        RecordingOutcome.Saved saved = saved();
        assertThat(saved.capped()).isTrue();
        assertThat(saved.durationMs()).isEqualTo(1_000);
        assertThat(saved.notice()).contains("Recording stopped at the 0:01 limit; what you said up to then is kept.");
        try (AudioInputStream in = AudioSystem.getAudioInputStream(target.toFile())) {
            assertThat(in.getFrameLength()).isEqualTo(16_000);
        }
    }

    @Test
    void aCapInTheMiddleOfAReadKeepsWholeFramesUpToIt() throws Exception {
        Path target = dir.resolve("answer.wav");

        start(() -> Tones.stream(Tones.sine(440, 3_000)), target, 33_001);

        assertThat(saved().capped()).isTrue();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(target.toFile())) {
            assertThat(in.getFrameLength()).isEqualTo(16_500);
        }
    }

    @Test
    void theDefaultCapIsTenMinutes() {
        assertThat(RecordingFormat.DEFAULT_MAX_BYTES).isEqualTo(19_200_000);
        long tenMinutes = RecordingFormat.bytesToMillis(RecordingFormat.DEFAULT_MAX_BYTES);
        assertThat(new RecordingOutcome.Saved(dir, tenMinutes, List.of(), true).notice())
                .contains("Recording stopped at the 10:00 limit; what you said up to then is kept.");
    }

    @Test
    void aTargetThatCannotBeWrittenFailsWithAMessageAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(dir.resolve("session"), "a file, not a folder");
        ScriptedSource source = new ScriptedSource();

        start(source, blocker.resolve("answer.wav"), RecordingFormat.DEFAULT_MAX_BYTES);

        RecordingOutcome.Failed failed = failed();
        assertThat(failed.message()).startsWith("The recording could not be saved (").contains(blocker.toString())
                .endsWith("Your STAR timings are saved.");
        assertThat(failed.cause()).isInstanceOf(IOException.class);
        assertThat(Tones.filesIn(dir)).containsExactly(blocker);
        assertThat(source.closed).isTrue();
    }

    @Test
    void aMicrophoneThatCannotStartFails() throws Exception {
        start(() -> {
            throw new IOException("the microphone is in use by another program");
        }, dir.resolve("answer.wav"), RecordingFormat.DEFAULT_MAX_BYTES);

        assertThat(failed().message()).isEqualTo("The microphone could not be started (the microphone is in use by "
                + "another program), so nothing was recorded. Your STAR timings are saved.");
        assertThat(Tones.filesIn(dir)).isEmpty();
    }

    @Test
    void aMicrophoneThatFailsMidwayLeavesTheEarlierRecordingAlone() throws Exception {
        Path target = Tones.wav(dir.resolve("answer.wav"), Tones.sine(220, 500), List.of(new Cue("task", 100)));
        byte[] before = Files.readAllBytes(target);
        ScriptedSource source = new ScriptedSource();
        start(source, target, RecordingFormat.DEFAULT_MAX_BYTES);

        source.feed(Tones.sine(440, 250));
        source.fail();

        RecordingOutcome.Failed failed = failed();
        assertThat(failed.message()).startsWith("The microphone stopped sending sound");
        assertThat(failed.cause()).hasMessage("device unplugged");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(Tones.filesIn(dir)).containsExactly(target);
    }

    @Test
    void anUnexpectedErrorInTheSourceIsReportedOnceAndLeavesNothingBehind() throws Exception {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("driver bug");
            }
        };
        start(() -> new AudioInputStream(broken, RecordingFormat.FORMAT, AudioSystem.NOT_SPECIFIED),
                dir.resolve("answer.wav"), RecordingFormat.DEFAULT_MAX_BYTES);

        RecordingOutcome.Failed failed = failed();
        assertThat(failed.message()).isEqualTo(RecordingFailures.UNEXPECTED);
        assertThat(failed.cause()).hasMessage("driver bug");
        assertThat(Tones.filesIn(dir)).isEmpty();
    }

    @Test
    void aSourceInAnotherFormatIsRefused() throws Exception {
        AudioFormat stereo = new AudioFormat(44_100f, 16, 2, true, false);
        start(() -> new AudioInputStream(new ByteArrayInputStream(new byte[400]), stereo, 100),
                dir.resolve("answer.wav"), RecordingFormat.DEFAULT_MAX_BYTES);

        assertThat(failed().message()).startsWith("The microphone delivered sound in an unexpected format");
        assertThat(Tones.filesIn(dir)).isEmpty();
    }

    @Test
    void aFullDiskIsToldApartFromOtherFileErrors() {
        Path file = dir.resolve("answer.wav");

        assertThat(RecordingFailures.outcomeFor(new IOException("No space left on device")).message())
                .isEqualTo("The disk is full, so the recording was not kept. Your STAR timings are saved.");
        FileSystemException enospc = new FileSystemException(file.toString(), null, "No space left on device");
        assertThat(RecordingFailures.isDiskFull(enospc)).isTrue();
        assertThat(RecordingFailures.isDiskFull(new IOException("write failed",
                new IOException("There is not enough space on the disk")))).isTrue();
        assertThat(RecordingFailures.isDiskFull(new NotDirectoryException(file.toString()))).isFalse();
        assertThat(RecordingFailures.outcomeFor(new NotDirectoryException(file.toString())).message())
                .isEqualTo("The recording could not be saved (" + file + " is not a folder). "
                        + "Your STAR timings are saved.");
    }

    @Test
    void aCapOutsideWhatAWavFileCanHoldIsRefusedUpFront() {
        assertThatThrownBy(() -> start(new ScriptedSource(), dir.resolve("a.wav"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outcome).isNotDone();
    }
}
