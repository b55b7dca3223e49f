package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.StrokeSmoothing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Freehand drawing: raw samples while the button is down, one smoothed stroke on release. */
final class PenGesture implements Gesture {
    private final BoardEditor editor;
    private final List<Point> raw = new ArrayList<>();

    PenGesture(BoardEditor editor, Pointer start) {
        this.editor = editor;
        raw.add(start.board());
    }

    @Override
    public void drag(Pointer pointer) {
        if (!pointer.board().equals(raw.get(raw.size() - 1))) {
            raw.add(pointer.board());
        }
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        // Smoothing in screen terms, so a stroke drawn zoomed out is as smooth as one drawn at 100%.
        double scale = editor.camera().scale();
        List<Point> points = StrokeSmoothing.smooth(raw, StrokeSmoothing.MIN_SPACING / scale,
                StrokeSmoothing.SIMPLIFY_TOLERANCE / scale);
        editor.execute(Commands.add(Shape.pen(editor.board().newId(), points, editor.actions().style())));
    }

    @Override
    public Preview preview() {
        return Preview.drafting(Shape.pen(BoardEditor.DRAFT, raw, editor.actions().style()), Set.of());
    }
}
