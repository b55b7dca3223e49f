package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Drags a selection rectangle from empty board: shapes wholly inside it join the selection as it grows. */
final class RubberBandGesture implements Gesture {
    private final BoardEditor editor;
    private final Pointer start;
    private final Set<ShapeId> before;
    private Rect band;

    RubberBandGesture(BoardEditor editor, Pointer start, Set<ShapeId> before) {
        this.editor = editor;
        this.start = start;
        this.before = Set.copyOf(before);
    }

    @Override
    public void drag(Pointer pointer) {
        band = Rect.spanning(start.board(), pointer.board());
        Set<ShapeId> chosen = new LinkedHashSet<>(before);
        for (Shape s : editor.board().within(band)) {
            chosen.add(s.id());
        }
        editor.select(chosen);
    }

    @Override
    public void release(Pointer pointer) {
        if (pointer.screen().distanceTo(start.screen()) >= BoardEditor.DRAG_PIXELS) {
            drag(pointer);
        }
    }

    @Override
    public Preview preview() {
        return band == null ? Preview.NONE
                : new Preview(Map.of(), Optional.empty(), Optional.of(band), Set.of(), Set.of());
    }

    @Override
    public PointerShape pointer() {
        return PointerShape.DEFAULT;
    }
}
