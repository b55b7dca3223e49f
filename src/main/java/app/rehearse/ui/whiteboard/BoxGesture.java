package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import java.util.Set;

/** Draws a rectangle or ellipse corner to corner (Shift for a square or circle), snapped to the grid. */
final class BoxGesture implements Gesture {
    /** Smaller than this on screen (pixels) and the press was a click, not a drawing. */
    private static final double MIN_PIXELS = 4;

    private final BoardEditor editor;
    private final ShapeKind kind;
    private final Point origin;
    private Rect box;

    BoxGesture(BoardEditor editor, ShapeKind kind, Pointer start) {
        this.editor = editor;
        this.kind = kind;
        this.origin = editor.snap(start);
    }

    @Override
    public void drag(Pointer pointer) {
        Point corner = editor.snap(pointer);
        if (pointer.shift()) {
            double side = Math.max(Math.abs(corner.x() - origin.x()), Math.abs(corner.y() - origin.y()));
            corner = new Point(origin.x() + Math.copySign(side, corner.x() - origin.x()),
                    origin.y() + Math.copySign(side, corner.y() - origin.y()));
        }
        box = Rect.spanning(origin, corner);
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        double scale = editor.camera().scale();
        if (box.width() * scale < MIN_PIXELS || box.height() * scale < MIN_PIXELS) {
            return;
        }
        Delta delta = editor.executeAndSelect(Commands.add(shape(editor.board().newId())));
        editor.finishShape(delta);
    }

    private Shape shape(ShapeId id) {
        return kind == ShapeKind.ELLIPSE ? Shape.ellipse(id, box, editor.actions().style())
                : Shape.rectangle(id, box, editor.actions().style());
    }

    @Override
    public Preview preview() {
        return box == null ? Preview.NONE : Preview.drafting(shape(BoardEditor.DRAFT), Set.of());
    }
}
