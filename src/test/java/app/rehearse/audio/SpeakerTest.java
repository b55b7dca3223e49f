package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerTest {
    @TempDir
    Path dir;

    @Test
    void probingThisMachineGivesSpeakersOrAReason() {
        Availability<Speaker> found = Speaker.probe();

        if (found instanceof Availability.Missing<Speaker> missing) {
            assertThat(missing.reason()).isNotBlank();
        } else {
            assertThat(found.problem()).isEmpty();
        }
    }

    @Test
    void eachWayTheSoundSystemFailsBecomesAReason() {
        assertThat(reasonFor(new IllegalArgumentException("No line matching")))
                .isEqualTo("No speakers or headphones found on this machine.");
        assertThat(reasonFor(new LineUnavailableException("busy")))
                .isEqualTo("The speakers are in use by another program.");
        assertThat(reasonFor(new SecurityException("denied"))).isEqualTo("This app is not allowed to play sound.");
        String broken = "Playback is unavailable because the sound system reported an error.";
        assertThat(reasonFor(new IllegalStateException("provider bug"))).isEqualTo(broken);
        assertThat(reasonFor(new ServiceConfigurationError("bad provider"))).isEqualTo(broken);
        assertThat(reasonFor(new UnsatisfiedLinkError("no libjsound"))).isEqualTo(broken);
    }

    private static String reasonFor(Throwable failure) {
        Availability<Speaker> found = Speaker.probe(FakeLine.failingWith(failure));
        assertThat(found.isReady()).isFalse();
        return found.problem().orElseThrow();
    }

    @Test
    void foundSpeakersOpenARecordingForPlayback() throws IOException {
        FakeLine clip = new FakeLine();
        Path file = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 300), List.of(new Cue("task", 100)));
        Speaker speaker = ((Availability.Ready<Speaker>) Speaker.probe(info -> clip.as(Clip.class))).device();

        try (Playback playback = speaker.open(file)) {
            assertThat(playback.durationMillis()).isEqualTo(300);
            assertThat(playback.chapters()).containsExactly(new Cue("task", 100));
        }
        assertThat(clip.calls).contains("open", "close");
    }
}
