package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import java.util.List;
import java.util.Optional;

/** Opening and committing in-place text edits: labels inside shapes and free text labels. */
final class LabelEditing {
    /** How wide the editor over an arrow's label is, in board units. */
    private static final double ARROW_LABEL_WIDTH = 160;

    private LabelEditing() {}

    static LabelEdit editOf(BoardEditor editor, Shape shape) {
        if (shape.kind() == ShapeKind.TEXT) {
            return new LabelEdit(Optional.of(shape.id()), shape.bounds(), shape.label(), true);
        }
        if (shape.kind() == ShapeKind.ARROW) {
            Point middle = editor.board().arrowPath(shape).midpoint();
            double height = editor.metrics().measure("M")[1];
            return new LabelEdit(Optional.of(shape.id()), Rect.centredAt(middle, ARROW_LABEL_WIDTH, height),
                    shape.label(), false);
        }
        return new LabelEdit(Optional.of(shape.id()), LabelBoxes.of(shape), shape.label(), false);
    }

    /** A new text label whose first line is centred vertically on {@code point}. */
    static LabelEdit newTextAt(BoardEditor editor, Point point) {
        double[] size = editor.metrics().measure("M");
        return new LabelEdit(Optional.empty(), new Rect(point.x(), point.y() - size[1] / 2, size[0], size[1]), "",
                true);
    }

    /**
     * Applies an edit: creates the new text (unless blank), re-measures an edited text (deleting it
     * when emptied), or sets a shape's label. Unchanged text leaves no undo step.
     */
    static void commit(BoardEditor editor, LabelEdit edit, String typed) {
        String text = typed.strip();
        if (edit.shape().isEmpty()) {
            if (!text.isEmpty()) {
                Shape shape = Shape.text(editor.board().newId(), measured(editor, edit.area(), text), text,
                        editor.actions().style());
                Delta delta = editor.executeAndSelect(Commands.add(shape));
                editor.finishShape(delta);
            }
            return;
        }
        Optional<Shape> current = editor.board().shape(edit.shape().get());
        if (current.isEmpty()) {
            return;
        }
        Shape shape = current.get();
        if (shape.kind() == ShapeKind.TEXT) {
            if (text.isEmpty()) {
                editor.execute(Commands.remove(List.of(shape.id())));
            } else if (!text.equals(shape.label())) {
                editor.execute(Commands.setText(shape.id(), text, measured(editor, shape.bounds(), text)));
            }
        } else if (!text.equals(shape.label())) {
            editor.execute(Commands.setLabel(shape.id(), text));
        }
    }

    private static Rect measured(BoardEditor editor, Rect at, String text) {
        double[] size = editor.metrics().measure(text);
        return new Rect(at.x(), at.y(), size[0], size[1]);
    }
}
