package app.rehearse.ui.whiteboard;

import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.whiteboard.LogEntry;
import app.rehearse.whiteboard.Replay;
import app.rehearse.whiteboard.SavedBoard;
import java.util.List;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A diagram with the controls to watch it grow: Play steps through the session's drawing in
 * {@link #STEPS} steps; the slider shows any moment. The moment's time and phase sit on their own
 * line under the slider, so the slider never moves as that text changes.
 */
final class ReplayView extends VBox {
    static final int STEPS = 60;
    private static final Duration STEP = Duration.millis(250);

    private final List<LogEntry> log;
    private final long end;
    private final Slider slider;
    private final Button play = new Button("Play");
    private final Timeline player = new Timeline();

    ReplayView(List<LogEntry> log, Node initial, Function<SavedBoard, Node> boardView, double height) {
        this.log = log;
        this.end = Math.max(1, Replay.endMillis(log));
        StackPane holder = new StackPane(initial);
        holder.setPrefHeight(height);
        slider = new Slider(0, end, end);
        slider.setId("replaySlider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label at = new Label(moment(end));
        at.setId("replayMoment");
        at.getStyleClass().add("replay-moment");
        at.setWrapText(true);
        PauseTransition settle = new PauseTransition(Duration.millis(80));
        settle.setOnFinished(e -> {
            long t = (long) slider.getValue();
            holder.getChildren().setAll(boardView.apply(new SavedBoard(Replay.boardAt(log, t).shapes(), List.of())));
            at.setText(moment(t));
        });
        slider.valueProperty().addListener((obs, old, now) -> settle.playFromStart());

        play.setId("replayPlayButton");
        play.setMinWidth(64);
        play.setTooltip(new Tooltip("Watch the diagram grow, from the start or from where the slider is"));
        play.setOnAction(e -> togglePlaying());
        player.getKeyFrames().add(new KeyFrame(STEP, e -> step()));
        player.setCycleCount(Animation.INDEFINITE);
        Label replay = new Label("Replay");
        HBox controls = new HBox(10, replay, play, slider);
        controls.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(holder, controls, at);
    }

    private void togglePlaying() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            stopPlaying();
            return;
        }
        if (slider.getValue() >= end) {
            slider.setValue(0);
        }
        play.setText("Pause");
        player.play();
    }

    private void step() {
        double next = Math.min(end, slider.getValue() + (double) end / STEPS);
        slider.setValue(next);
        if (next >= end) {
            stopPlaying();
        }
    }

    private void stopPlaying() {
        player.stop();
        play.setText("Play");
    }

    private String moment(long t) {
        String phase = log.stream().filter(e -> e.elapsedMillis() <= t).reduce((a, b) -> b).map(LogEntry::phase)
                .filter(p -> !p.isEmpty()).map(p -> " · " + p).orElse("");
        return PhaseSummary.minutesSeconds(t) + " into the session" + phase;
    }
}
