package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;

/**
 * The in-place text editor laid over a shape (or where new text goes): Enter, Escape or clicking
 * elsewhere commits, as in the diagram tools people know; Undo takes an edit back. Nothing typed
 * is ever thrown away by a key.
 */
final class LabelField extends TextField {
    private static final double MIN_WIDTH = 140;

    private final BoardEditor editor;
    private final Runnable onClosed;
    private LabelEdit editing;

    LabelField(BoardEditor editor, Runnable onClosed) {
        this.editor = editor;
        this.onClosed = onClosed;
        setId("labelEditor");
        getStyleClass().add("label-editor");
        setManaged(false);
        setVisible(false);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                commit();
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    Optional<LabelEdit> editing() {
        return Optional.ofNullable(editing);
    }

    void open(LabelEdit edit) {
        commit();
        editing = edit;
        Camera camera = editor.camera();
        Rect area = camera.toScreen(edit.area());
        double size = (edit.freeText() ? LabelLayout.TEXT_SIZE : LabelLayout.LABEL_SIZE) * camera.scale();
        setFont(Font.font(Font.getDefault().getFamily(), Math.max(11, Math.min(36, size))));
        setText(edit.text());
        setAlignment(edit.freeText() ? Pos.CENTER_LEFT : Pos.CENTER);
        applyCss();
        double height = prefHeight(-1);
        if (edit.freeText()) {
            double lineHeight = LabelLayout.TEXT_SIZE * LabelLayout.LINE_SPACING * camera.scale();
            double width = Math.max(area.width() + 48, MIN_WIDTH + 60);
            resizeRelocate(area.x() - 8, area.y() + lineHeight / 2 - height / 2, width, height);
        } else {
            double width = Math.max(area.width(), MIN_WIDTH);
            resizeRelocate(area.centre().x() - width / 2, area.centre().y() - height / 2, width, height);
        }
        setVisible(true);
        requestFocus();
        selectAll();
    }

    void commit() {
        if (editing != null) {
            LabelEdit edit = editing;
            editing = null;
            setVisible(false);
            editor.commitLabel(edit, getText());
            onClosed.run();
        }
    }
}
