package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.List;

/** Drags one of the eight handles: one shape gets new bounds, a group is stretched as a whole. */
final class ResizeGesture implements Gesture {
    private final BoardEditor editor;
    private final Handle handle;
    private final List<ShapeId> ids;
    private final boolean singleBox;
    private final Rect from;
    private Rect to;
    private Preview preview = Preview.NONE;

    ResizeGesture(BoardEditor editor, Handle handle, List<Shape> shapes) {
        this.editor = editor;
        this.handle = handle;
        this.ids = shapes.stream().map(Shape::id).toList();
        this.singleBox = shapes.size() == 1 && !shapes.get(0).kind().isDefinedByPoints();
        this.from = shapes.stream().map(Shape::bounds).reduce(Rect::union).orElseThrow();
        this.to = from;
    }

    @Override
    public void drag(Pointer pointer) {
        Point target = pointer.snaps() ? editor.grid().snap(pointer.board()) : pointer.board();
        Rect next = handle.drag(from, target);
        if (!next.equals(to)) {
            to = next;
            preview = Preview.replacing(Preview.planned(editor.board(), command()));
        }
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (!to.equals(from)) {
            editor.execute(command());
        }
    }

    private Command command() {
        return singleBox ? Commands.resize(ids.get(0), to) : Commands.scale(ids, from, to);
    }

    @Override
    public Preview preview() {
        return preview;
    }

    @Override
    public PointerShape pointer() {
        return handle.pointer();
    }
}
