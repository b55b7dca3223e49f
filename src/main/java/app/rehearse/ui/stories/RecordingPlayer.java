package app.rehearse.ui.stories;

import app.rehearse.audio.Availability;
import app.rehearse.audio.Cue;
import app.rehearse.audio.Playback;
import app.rehearse.audio.Recording;
import app.rehearse.audio.Speaker;
import app.rehearse.audio.WavCues;
import app.rehearse.practice.Durations;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.UiTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A session's recorded answer in review: play and pause, the STAR marks as chapters to jump to, and
 * where playback is. Shows nothing for a session with no recording; the file and the sound device are
 * only touched in the background.
 */
public final class RecordingPlayer extends VBox {
    /** Where a session keeps its recorded answer, in its folder. */
    public static final String FILE_NAME = "answer.wav";
    private final Path file;
    private final UiTasks tasks;
    private final Button play = new Button("\u25b6 Play");
    private final Label position = new Label();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> refresh()));
    private Speaker speaker;
    private Playback playback;
    private Recording recording;

    private record Found(Recording recording, Availability<Speaker> speaker) {
    }

    public RecordingPlayer(Path file, UiTasks tasks, Supplier<Availability<Speaker>> speakers) {
        super(6);
        this.file = file;
        this.tasks = tasks;
        setId("recordingPlayer");
        setVisible(false);
        setManaged(false);
        ticker.setCycleCount(Animation.INDEFINITE);
        tasks.run(() -> Files.exists(file) ? Optional.of(new Found(WavCues.read(file), speakers.get())) : Optional.<Found>empty(),
                found -> found.ifPresent(this::show),
                e -> showProblem("The recording could not be read: " + e.getMessage()));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                close();
            }
        });
    }

    /** Plays from the start, or pauses and resumes. */
    private void toggle() {
        if (playback == null) {
            play.setDisable(true);
            tasks.run(() -> speaker.open(file), opened -> {
                playback = opened;
                play.setDisable(false);
                start();
            }, e -> showProblem(e.getMessage()));
        } else if (playback.isPlaying()) {
            playback.pause();
            ticker.stop();
            refresh();
        } else {
            start();
        }
    }

    private void jump(Cue chapter) {
        if (playback == null) {
            return;
        }
        playback.seek(chapter.millis());
        start();
    }

    private void start() {
        playback.play();
        ticker.play();
        refresh();
    }

    private void show(Found found) {
        recording = found.recording();
        play.setId("playRecordingButton");
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setOnAction(e -> toggle());
        FlowPane chapters = new FlowPane(6, 6);
        chapters.setId("recordingChapters");
        for (Cue cue : recording.cues()) {
            Button chapter = new Button(cue.label() + " " + clock(cue.millis()));
            chapter.setId("chapter" + cue.label());
            chapter.getStyleClass().add("flat");
            chapter.setMinWidth(Region.USE_PREF_SIZE);
            chapter.setTooltip(new Tooltip("Play from " + cue.label()));
            chapter.setOnAction(e -> {
                if (playback == null) {
                    toggle();
                } else {
                    jump(cue);
                }
            });
            chapter.disableProperty().bind(play.disableProperty());
            chapters.getChildren().add(chapter);
        }
        position.setId("recordingPosition");
        position.setMinWidth(Region.USE_PREF_SIZE);
        StackPane playWrapper = new StackPane(play);
        HBox controls = new HBox(10, playWrapper, position);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(SectionTitle.of("Your recorded answer"), controls, chapters);
        if (found.speaker() instanceof Availability.Ready<Speaker> ready) {
            speaker = ready.device();
        } else {
            String why = found.speaker().problem().orElse("No speakers or headphones found on this machine.");
            play.setDisable(true);
            play.setTooltip(new Tooltip(why));
            play.setAccessibleHelp(why);
            Tooltip.install(playWrapper, play.getTooltip());
        }
        refresh();
        setVisible(true);
        setManaged(true);
    }

    private void refresh() {
        long at = playback == null ? 0 : playback.positionMillis();
        String chapter = playback == null ? "" : playback.chapterAt(at).map(c -> " \u00b7 " + c.label()).orElse("");
        position.setText(clock(at) + " / " + clock(recording.durationMs()) + chapter);
        boolean playing = playback != null && playback.isPlaying();
        play.setText(playing ? "\u275a\u275a Pause" : "\u25b6 Play");
        if (playback != null && !playing) {
            ticker.stop();
        }
    }

    private void showProblem(String message) {
        Label problem = new Label(message);
        problem.setWrapText(true);
        problem.getStyleClass().add("coverage-thin");
        getChildren().setAll(SectionTitle.of("Your recorded answer"), problem);
        setVisible(true);
        setManaged(true);
    }

    private void close() {
        ticker.stop();
        if (playback != null) {
            Playback closing = playback;
            playback = null;
            // A clip that fails to close is logged by the task runner; there is nothing left to show it on.
            tasks.run(closing::close, e -> { });
        }
    }

    private static String clock(long millis) {
        return Durations.clock(millis);
    }
}
