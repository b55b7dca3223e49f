package app.rehearse.ui.whiteboard;

import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.LogEntry;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Replay;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Whiteboard;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Read-only diagrams for grading and review, and a replay of how a diagram grew. */
public final class WhiteboardViews {
    private static final double HEIGHT = 420;

    private WhiteboardViews() {}

    /** The diagram as it ended, zoomed to fit; or a line saying none was drawn. */
    public static Node readOnly(Optional<SavedBoard> board, String id, UiTasks tasks, Dialogs dialogs) {
        if (board.isEmpty() || board.get().shapes().isEmpty()) {
            return none(id);
        }
        return pane(board.get(), id, tasks, dialogs);
    }

    /**
     * The diagram with a slider that steps through its history: drag it to see the board as it
     * was at any moment of the session, with the phase it was drawn in.
     */
    public static Node replay(Optional<SavedBoard> board, String id, UiTasks tasks, Dialogs dialogs) {
        if (board.isEmpty() || board.get().shapes().isEmpty() && board.get().log().isEmpty()) {
            return none(id);
        }
        List<LogEntry> log = board.get().log();
        StackPane holder = new StackPane(pane(board.get(), id, tasks, dialogs));
        holder.setPrefHeight(HEIGHT);
        long end = Replay.endMillis(log);
        Slider slider = new Slider(0, Math.max(1, end), Math.max(1, end));
        slider.setId("replaySlider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label at = new Label(moment(log, end));
        at.setId("replayMoment");
        at.setMinWidth(190);
        PauseTransition settle = new PauseTransition(Duration.millis(80));
        settle.setOnFinished(e -> {
            long t = (long) slider.getValue();
            holder.getChildren().setAll(pane(new SavedBoard(Replay.boardAt(log, t).shapes(), List.of()), id, tasks, dialogs));
            at.setText(moment(log, t));
        });
        slider.valueProperty().addListener((obs, old, now) -> settle.playFromStart());
        Label replay = new Label("Replay");
        HBox controls = new HBox(10, replay, slider, at);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, holder, controls);
    }

    private static String moment(List<LogEntry> log, long t) {
        String phase = log.stream().filter(e -> e.elapsedMillis() <= t).reduce((a, b) -> b).map(LogEntry::phase)
                .filter(p -> !p.isEmpty()).map(p -> " · " + p).orElse("");
        return PhaseSummary.minutesSeconds(t) + " into the session" + phase;
    }

    /**
     * A saved board as a picture, at 100% on white, as Export PNG makes it: rendered a tile per pulse
     * (call on the FX thread), then handed to {@code ready} as an encoder that makes the PNG bytes on
     * whatever thread asks.
     */
    public static void pictureOf(SavedBoard saved, Consumer<Supplier<byte[]>> ready) {
        Board board = new Board();
        board.apply(Delta.adding(saved.shapes()));
        PngRenderer.renderInSteps(board, new BoardPainter(Palette.Theme.LIGHT), PngRenderer.MAX_PIXELS,
                image -> ready.accept(() -> PngRenderer.encode(image)));
    }

    private static WhiteboardPane pane(SavedBoard board, String id, UiTasks tasks, Dialogs dialogs) {
        WhiteboardPane pane = new WhiteboardPane(Whiteboard.restore(board, () -> 0L, () -> ""), false,
                dialogs, tasks);
        pane.setId(id);
        pane.setPrefHeight(HEIGHT);
        pane.setMinHeight(HEIGHT);
        pane.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() == 0 && width.doubleValue() > 0) {
                Platform.runLater(pane::zoomToFit);
            }
        });
        return pane;
    }

    private static Label none(String id) {
        Label none = new Label("No diagram was drawn in this session.");
        none.setId(id);
        none.getStyleClass().add("question-source");
        return none;
    }
}
