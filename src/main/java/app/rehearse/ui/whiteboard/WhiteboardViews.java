package app.rehearse.ui.whiteboard;

import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Whiteboard;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;

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
     * The diagram with a slider that steps through its history, and Play to watch it grow: the board
     * as it was at any moment of the session, with the phase it was drawn in.
     */
    public static Node replay(Optional<SavedBoard> board, String id, UiTasks tasks, Dialogs dialogs) {
        if (board.isEmpty() || board.get().shapes().isEmpty() && board.get().log().isEmpty()) {
            return none(id);
        }
        return new ReplayView(board.get().log(), pane(board.get(), id, tasks, dialogs),
                saved -> pane(saved, id, tasks, dialogs), HEIGHT);
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
                picture -> ready.accept(picture::png));
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
        Label none = Texts.wrapped("No diagram was drawn in this session.", "question-source");
        none.setId(id);
        return none;
    }
}
