package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Clipboard;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.StrokeWidth;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.ZOrder;
import java.util.List;
import java.util.Set;

/**
 * The edits the toolbar and keyboard apply to the selection (delete, duplicate, clipboard, nudge,
 * z-order, colours), undo and redo, and the style new shapes get.
 */
final class SelectionActions {
    private final BoardEditor editor;
    private final Clipboard clipboard = new Clipboard();
    private Style style = Style.DEFAULT;

    SelectionActions(BoardEditor editor) {
        this.editor = editor;
    }

    /** The style the next drawn shape gets. */
    Style style() {
        return style;
    }

    /** What the style pickers show: the one selected shape's style, else the style for new shapes. */
    Style shownStyle() {
        List<Shape> selected = editor.selectedShapes();
        return selected.size() == 1 ? selected.get(0).style() : style;
    }

    void setStrokeColour(Palette colour) {
        style = style.withStroke(colour);
        if (!selectionIsEmpty()) {
            editor.execute(Commands.setStrokeColour(editor.selection(), colour));
        }
        editor.changed();
    }

    void setFillColour(Palette colour) {
        style = style.withFill(colour);
        if (!selectionIsEmpty()) {
            editor.execute(Commands.setFillColour(editor.selection(), colour));
        }
        editor.changed();
    }

    void setStrokeWidth(StrokeWidth width) {
        style = style.withWidth(width);
        if (!selectionIsEmpty()) {
            editor.execute(Commands.setStrokeWidth(editor.selection(), width));
        }
        editor.changed();
    }

    void delete() {
        if (editable() && !selectionIsEmpty()) {
            editor.execute(Commands.remove(editor.selection()));
        }
    }

    void duplicate() {
        if (editable() && !selectionIsEmpty()) {
            editor.executeAndSelect(Commands.duplicate(editor.selection(), Commands.DUPLICATE_OFFSET,
                    Commands.DUPLICATE_OFFSET));
        }
    }

    void copy() {
        if (!selectionIsEmpty()) {
            clipboard.copy(editor.board(), editor.selection());
        }
    }

    void cut() {
        if (editable() && !selectionIsEmpty()) {
            editor.execute(clipboard.cut(editor.board(), editor.selection()));
        }
    }

    void paste() {
        if (editable() && !clipboard.isEmpty()) {
            editor.executeAndSelect(clipboard.paste());
        }
    }

    /** Moves the selection by (dx, dy) board units: the arrow keys (Shift for a grid step). */
    void nudge(double dx, double dy) {
        if (editable() && !selectionIsEmpty()) {
            editor.execute(Commands.move(editor.selection(), dx, dy));
        }
    }

    void reorder(ZOrder move) {
        if (editable() && !selectionIsEmpty()) {
            editor.execute(Commands.reorder(editor.selection(), move));
        }
    }

    void undo() {
        if (editable()) {
            editor.input().cancel();
            editor.whiteboard().undo();
        }
    }

    void redo() {
        if (editable()) {
            editor.input().cancel();
            editor.whiteboard().redo();
        }
    }

    boolean canUndo() {
        return editable() && editor.whiteboard().canUndo();
    }

    boolean canRedo() {
        return editable() && editor.whiteboard().canRedo();
    }

    private boolean editable() {
        return editor.isEditable();
    }

    private boolean selectionIsEmpty() {
        Set<ShapeId> ids = editor.selection();
        return ids.isEmpty();
    }
}
