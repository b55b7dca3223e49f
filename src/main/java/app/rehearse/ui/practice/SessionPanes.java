package app.rehearse.ui.practice;

import app.rehearse.bank.QuestionType;
import app.rehearse.ui.practice.SessionLayouts.Layout;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The session's three panes side by side: prompt, notes and board. The prompt folds to a narrow strip
 * on the left and the board to one on the right, each a click from coming back; where the user leaves
 * the dividers, and what is folded, is kept for the next session of the same question type.
 */
final class SessionPanes {
    private static final double STRIP_WIDTH = 40;

    private final SplitPane split = new SplitPane();
    private final Button foldPrompt = foldButton("foldPromptButton", "\u00ab",
            "Fold the prompt to a strip and give the room to the notes and the board");
    private final Button foldBoard = foldButton("foldBoardButton", "\u00bb", "Fold the whiteboard to a strip");
    private final Node prompt;
    private final Node promptStrip;
    private final Node board;
    private final Node boardStrip;
    private final QuestionType type;
    private final SessionLayouts layouts;
    private Layout layout;
    private boolean placing;

    SessionPanes(QuestionType type, SessionLayouts layouts, Node prompt, Node notes, Node board) {
        this.type = type;
        this.layouts = layouts;
        this.prompt = prompt;
        this.board = board;
        this.layout = layouts.of(type);
        Button unfoldPrompt = foldButton("unfoldPromptButton", "\u00bb", "Show the prompt, hints and follow-ups");
        Button unfoldBoard = foldButton("unfoldBoardButton", "\u00ab", "Show the whiteboard (a timeline helps some stories)");
        promptStrip = strip("promptStrip", "Prompt", unfoldPrompt);
        boardStrip = strip("boardStrip", "Whiteboard", unfoldBoard);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(layout.promptFolded() ? promptStrip : prompt, notes, layout.boardFolded() ? boardStrip : board);
        for (Node fixed : new Node[] {prompt, promptStrip, boardStrip}) {
            SplitPane.setResizableWithParent(fixed, false);
        }
        placeDividers();
        split.widthProperty().addListener((obs, old, width) -> {
            if (layout.promptFolded() || layout.boardFolded()) {
                placeDividers();
            }
        });
        for (SplitPane.Divider divider : split.getDividers()) {
            divider.positionProperty().addListener((obs, old, position) -> rememberDrag());
        }
        foldPrompt.setOnAction(e -> fold(layout.withPromptFolded(true)));
        unfoldPrompt.setOnAction(e -> fold(layout.withPromptFolded(false)));
        foldBoard.setOnAction(e -> fold(layout.withBoardFolded(true)));
        unfoldBoard.setOnAction(e -> fold(layout.withBoardFolded(false)));
    }

    SplitPane node() {
        return split;
    }

    /** The button that folds the prompt, for the prompt's header. */
    Button foldPromptButton() {
        return foldPrompt;
    }

    /** The button that folds the board, for the board's toolbar. */
    Button foldBoardButton() {
        return foldBoard;
    }

    private void fold(Layout folded) {
        layout = folded;
        layouts.remember(type, layout);
        placing = true;
        split.getItems().set(0, layout.promptFolded() ? promptStrip : prompt);
        split.getItems().set(2, layout.boardFolded() ? boardStrip : board);
        placeDividers();
        placing = false;
    }

    /**
     * A divider the user dragged moves the open layout: with the prompt folded only the notes' width is
     * theirs to set, with the board folded only the prompt's.
     */
    private void rememberDrag() {
        if (placing || split.getDividers().size() < 2) {
            return;
        }
        double[] at = split.getDividerPositions();
        double strip = stripShare();
        if (!layout.promptFolded() && !layout.boardFolded()) {
            layout = layout.withDividers(at[0], at[1]);
        } else if (layout.promptFolded() && !layout.boardFolded()) {
            layout = layout.withDividers(layout.promptDivider(), layout.promptDivider() + at[1] - strip);
        } else if (!layout.promptFolded()) {
            double notesWidth = layout.notesDivider() - layout.promptDivider();
            layout = layout.withDividers(at[0], Math.min(1 - strip, at[0] + notesWidth));
        } else {
            return;
        }
        layouts.remember(type, layout);
    }

    /** Puts the dividers where the layout says; a folded pane keeps its strip's few pixels and the notes take the room. */
    private void placeDividers() {
        placing = true;
        double strip = stripShare();
        double first = layout.promptFolded() ? strip : layout.promptDivider();
        double second = layout.boardFolded() ? 1 - strip
                : layout.promptFolded() ? strip + layout.notesDivider() - layout.promptDivider() : layout.notesDivider();
        split.setDividerPositions(first, second);
        placing = false;
    }

    private double stripShare() {
        double width = split.getWidth() > 0 ? split.getWidth() : 1024;
        return STRIP_WIDTH / width;
    }

    /** A narrow strip standing for a folded pane, with the button that opens it again. */
    private static Node strip(String id, String name, Button unfold) {
        Label label = new Label(name);
        label.getStyleClass().add("section-title");
        label.setRotate(90);
        VBox strip = new VBox(12, unfold, new Group(label));
        strip.setId(id);
        strip.getStyleClass().add("fold-strip");
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setMinWidth(STRIP_WIDTH);
        strip.setPrefWidth(STRIP_WIDTH);
        strip.setMaxWidth(STRIP_WIDTH);
        return strip;
    }

    private static Button foldButton(String id, String arrow, String help) {
        Button button = new Button(arrow);
        button.setId(id);
        button.getStyleClass().addAll("flat", "fold-button");
        button.setTooltip(new Tooltip(help));
        return button;
    }
}
