package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Wipes over shapes, which fade as they are touched; releasing deletes them all in one step. */
final class EraserGesture implements Gesture {
    private final BoardEditor editor;
    private final Set<ShapeId> touched = new LinkedHashSet<>();

    EraserGesture(BoardEditor editor, Pointer start) {
        this.editor = editor;
        drag(start);
    }

    @Override
    public void drag(Pointer pointer) {
        editor.pick(pointer.board()).map(Shape::id).ifPresent(touched::add);
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (!touched.isEmpty()) {
            editor.execute(Commands.remove(touched));
        }
    }

    @Override
    public Preview preview() {
        return new Preview(Map.of(), Optional.empty(), Optional.empty(), Set.of(), touched);
    }
}
