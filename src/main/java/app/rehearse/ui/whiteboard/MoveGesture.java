package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.List;
import java.util.Set;

/**
 * Drags the selection. While dragging, the shapes (and the arrows hanging on them) are drawn where
 * the move would put them; the board changes once, on release, by one grid-snapped move.
 */
final class MoveGesture implements Gesture {
    private final BoardEditor editor;
    private final Pointer start;
    private final ShapeId pressed;
    private final boolean narrowOnClick;
    private final Set<ShapeId> ids;
    private final Rect startBox;
    private boolean moving;
    private double dx;
    private double dy;
    private Preview preview = Preview.NONE;

    /**
     * @param narrowOnClick whether a click without dragging selects only the pressed shape (it was
     *                      part of a larger selection, which a drag would move as a whole)
     */
    MoveGesture(BoardEditor editor, Pointer start, ShapeId pressed, boolean narrowOnClick) {
        this.editor = editor;
        this.start = start;
        this.pressed = pressed;
        this.narrowOnClick = narrowOnClick;
        this.ids = editor.selection();
        this.startBox = editor.selectedShapes().stream().map(Shape::bounds).reduce(Rect::union)
                .orElse(new Rect(start.board().x(), start.board().y(), 0, 0));
    }

    @Override
    public void drag(Pointer pointer) {
        if (!moving && pointer.screen().distanceTo(start.screen()) < BoardEditor.DRAG_PIXELS) {
            return;
        }
        moving = true;
        double rawX = pointer.board().x() - start.board().x();
        double rawY = pointer.board().y() - start.board().y();
        Point offset = pointer.snaps() ? editor.grid().snapDrag(startBox, rawX, rawY) : new Point(rawX, rawY);
        if (offset.x() != dx || offset.y() != dy) {
            dx = offset.x();
            dy = offset.y();
            preview = dx == 0 && dy == 0 ? Preview.NONE
                    : Preview.replacing(Preview.planned(editor.board(), command()));
        }
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (moving && (dx != 0 || dy != 0)) {
            editor.execute(command());
        } else if (!moving && narrowOnClick) {
            editor.select(List.of(pressed));
        }
    }

    private Command command() {
        return Commands.move(ids, dx, dy);
    }

    @Override
    public Preview preview() {
        return preview;
    }

    @Override
    public PointerShape pointer() {
        return PointerShape.MOVE;
    }
}
