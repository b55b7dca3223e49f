package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceConfigurationError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrophoneTest {
    @TempDir
    Path dir;

    @Test
    void probingThisMachineGivesAMicrophoneOrAReason() {
        Availability<AudioSource> found = Microphone.probe();

        if (found instanceof Availability.Missing<AudioSource> missing) {
            assertThat(missing.reason()).isNotBlank();
            assertThat(found.problem()).contains(missing.reason());
        } else {
            assertThat(((Availability.Ready<AudioSource>) found).device()).isNotNull();
            assertThat(found.problem()).isEmpty();
        }
    }

    @Test
    void eachWayTheSoundSystemFailsBecomesAReason() {
        assertThat(reasonFor(new IllegalArgumentException("No line matching")))
                .isEqualTo("No microphone found on this machine.");
        assertThat(reasonFor(new LineUnavailableException("busy")))
                .isEqualTo("The microphone is in use by another program.");
        assertThat(reasonFor(new SecurityException("denied")))
                .isEqualTo("This app is not allowed to use the microphone.");
        String broken = "The microphone could not be checked because the sound system reported an error.";
        assertThat(reasonFor(new IllegalStateException("provider bug"))).isEqualTo(broken);
        assertThat(reasonFor(new NullPointerException())).isEqualTo(broken);
        assertThat(reasonFor(new ServiceConfigurationError("bad provider"))).isEqualTo(broken);
        assertThat(reasonFor(new UnsatisfiedLinkError("no libjsound"))).isEqualTo(broken);
    }

    private static String reasonFor(Throwable failure) {
        Availability<AudioSource> found = Microphone.probe(FakeLine.failingWith(failure));
        assertThat(found.isReady()).isFalse();
        return found.problem().orElseThrow();
    }

    @Test
    void aLineOfTheWrongKindIsNoMicrophone() {
        FakeLine speaker = new FakeLine();

        Availability<AudioSource> found = Microphone.probe(info -> speaker.as(SourceDataLine.class));

        assertThat(found.problem()).contains("No microphone found on this machine.");
    }

    @Test
    void aFoundMicrophoneRecordsThroughTheRecorderAndIsReleasedAfterwards() throws Exception {
        FakeLine line = new FakeLine();
        line.capture = Tones.sine(440, 700);
        Availability<AudioSource> found = Microphone.probe(info -> line.as(TargetDataLine.class));
        assertThat(found.isReady()).isTrue();
        AudioSource microphone = ((Availability.Ready<AudioSource>) found).device();
        CompletableFuture<RecordingOutcome> outcome = new CompletableFuture<>();
        Path target = dir.resolve("answer.wav");

        Recorder.start(microphone, target, RecordingFormat.DEFAULT_MAX_BYTES, Runnable::run, outcome::complete);

        RecordingOutcome.Saved saved = (RecordingOutcome.Saved) outcome.get(1, TimeUnit.MINUTES);
        assertThat(saved.durationMs()).isEqualTo(700);
        assertThat(line.calls).containsSubsequence("open", "start", "read", "close");
    }

    private static AudioSource microphoneOn(FakeLine line) {
        Availability<AudioSource> found = Microphone.probe(info -> line.as(TargetDataLine.class));
        return ((Availability.Ready<AudioSource>) found).device();
    }

    @Test
    void aMicrophoneTakenSinceTheProbeFailsToOpenWithAReason() {
        FakeLine line = new FakeLine();
        line.failOpen = new LineUnavailableException("Device or resource busy");
        AudioSource microphone = microphoneOn(line);

        assertThatThrownBy(microphone::open).isInstanceOf(IOException.class)
                .hasMessage("The microphone is in use by another program.");
    }

    @Test
    void anOpenedMicrophoneStreamsInTheRecordingFormat() throws IOException {
        FakeLine line = new FakeLine();
        AudioSource microphone = microphoneOn(line);

        try (AudioInputStream in = microphone.open()) {
            assertThat(in.getFormat().matches(RecordingFormat.FORMAT)).isTrue();
        }
        assertThat(line.calls).contains("close");
    }
}
