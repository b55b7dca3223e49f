package app.rehearse.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybackTest {
    @TempDir
    Path dir;

    private final FakeLine clip = new FakeLine();
    private final List<Cue> star = List.of(new Cue("situation", 0), new Cue("task", 400), new Cue("action", 900));
    private Path file;

    @BeforeEach
    void record() throws IOException {
        file = Tones.wav(dir.resolve("answer.wav"), Tones.sine(440, 1_500), star);
    }

    @Test
    void playsPausesAndSeeksByAudioTime() throws IOException {
        try (Playback playback = Playback.open(file, info -> clip.as(Clip.class))) {
            assertThat(playback.durationMillis()).isEqualTo(1_500);
            assertThat(playback.positionMillis()).isZero();
            assertThat(playback.isPlaying()).isFalse();

            playback.play();
            assertThat(playback.isPlaying()).isTrue();
            playback.pause();
            assertThat(playback.isPlaying()).isFalse();

            playback.seek(900);
            assertThat(playback.positionMillis()).isEqualTo(900);
            playback.seek(-50);
            assertThat(playback.positionMillis()).isZero();
            playback.seek(99_000);
            assertThat(playback.positionMillis()).isEqualTo(1_500);

            playback.play();
            assertThat(playback.positionMillis()).as("playing again from the end starts over").isZero();
        }
        assertThat(clip.calls).endsWith("close");
    }

    @Test
    void theMarksAreTheChapters() throws IOException {
        try (Playback playback = Playback.open(file, info -> clip.as(Clip.class))) {
            assertThat(playback.chapters()).isEqualTo(star);
            assertThat(playback.recording().file()).isEqualTo(file);
            assertThat(playback.chapterAt(0)).contains(star.get(0));
            assertThat(playback.chapterAt(399)).contains(star.get(0));
            assertThat(playback.chapterAt(400)).contains(star.get(1));
            assertThat(playback.chapterAt(1_400)).contains(star.get(2));
        }
    }

    @Test
    void noClipIsAClearFailureNamingTheFile() {
        assertThatThrownBy(() -> Playback.open(file, FakeLine.failingWith(new LineUnavailableException("busy"))))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot play " + file + ". The speakers are in use by another program.");
        assertThatThrownBy(() -> Playback.open(file, FakeLine.failingWith(new IllegalArgumentException("none"))))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("No speakers or headphones found on this machine.");
    }

    @Test
    void aDamagedFileIsAClearFailureNamingIt() throws IOException {
        Files.writeString(file, "not audio");

        assertThatThrownBy(() -> Playback.open(file, info -> clip.as(Clip.class))).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void onThisMachineOpeningEitherWorksOrSaysWhyNot() {
        assertThatCode(() -> {
            try (Playback playback = Playback.open(file)) {
                assertThat(playback.durationMillis()).isEqualTo(1_500);
            } catch (IOException noDevice) {
                assertThat(noDevice).hasMessageStartingWith("Cannot play " + file + ".");
            }
        }).doesNotThrowAnyException();
    }
}
