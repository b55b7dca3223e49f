package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowTip;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Stencil;
import java.util.List;
import java.util.Optional;

/**
 * What a press means with the current tool and selection (which gesture starts), and which cursor
 * says so while the pointer merely hovers.
 */
final class PointerIntent {
    private PointerIntent() {}

    /** The gesture a primary-button press starts; empty when the press acts at once (a click that places or edits). */
    static Optional<Gesture> start(BoardEditor editor, Pointer p, int clicks) {
        Optional<Stencil> armed = editor.armedStencil();
        if (armed.isPresent()) {
            editor.placeStencil(armed.get(), p);
            return Optional.empty();
        }
        switch (editor.tool()) {
            case SELECT:
                return selecting(editor, p, clicks);
            case PEN:
                return Optional.of(new PenGesture(editor, p));
            case RECTANGLE:
                return Optional.of(new BoxGesture(editor, ShapeKind.RECTANGLE, p));
            case ELLIPSE:
                return Optional.of(new BoxGesture(editor, ShapeKind.ELLIPSE, p));
            case ARROW:
                return Optional.of(new ArrowGesture(editor, p));
            case TEXT:
                editor.editTextAt(p);
                return Optional.empty();
            case ERASER:
                return Optional.of(new EraserGesture(editor, p));
            default:
                throw new IllegalStateException("unknown tool " + editor.tool());
        }
    }

    /**
     * With the Select tool: a double click edits text; a press on an arrow end or a handle of the
     * selection reshapes it; on a shape it selects (Shift toggles) and may drag; on empty board it
     * starts a rubber band.
     */
    private static Optional<Gesture> selecting(BoardEditor editor, Pointer p, int clicks) {
        if (clicks >= 2) {
            editor.editTextAt(p);
            return Optional.empty();
        }
        Optional<Shape> arrow = singleSelectedArrow(editor);
        Optional<ArrowTip> tip = arrow.flatMap(a -> SelectionGeometry.arrowTipAt(editor, p.screen()));
        if (tip.isPresent()) {
            return Optional.of(new ReconnectGesture(editor, arrow.get(), tip.get()));
        }
        Optional<Handle> handle = SelectionGeometry.handleAt(editor, p.screen());
        if (handle.isPresent()) {
            return Optional.of(new ResizeGesture(editor, handle.get(), editor.selectedShapes()));
        }
        Optional<Shape> hit = editor.pick(p.board());
        if (hit.isEmpty()) {
            if (!p.shift()) {
                editor.select(List.of());
            }
            return Optional.of(new RubberBandGesture(editor, p, editor.selection()));
        }
        ShapeId id = hit.get().id();
        boolean wasSelected = editor.isSelected(id);
        if (p.shift() && wasSelected) {
            editor.removeFromSelection(id);
            return Optional.empty();
        }
        if (!wasSelected) {
            if (!p.shift()) {
                editor.select(List.of());
            }
            editor.addToSelection(id);
        }
        return Optional.of(new MoveGesture(editor, p, id, wasSelected && !p.shift()));
    }

    /** The cursor while no button is down. */
    static PointerShape idleShape(BoardEditor editor, Pointer p) {
        if (!editor.isEditable() || editor.input().isSpaceHeld()) {
            return PointerShape.GRAB;
        }
        if (editor.armedStencil().isPresent()) {
            return PointerShape.CROSSHAIR;
        }
        if (editor.tool() == Tool.TEXT) {
            return PointerShape.TEXT;
        }
        if (editor.tool() != Tool.SELECT) {
            return PointerShape.CROSSHAIR;
        }
        Optional<Handle> handle = SelectionGeometry.handleAt(editor, p.screen());
        if (handle.isPresent()) {
            return handle.get().pointer();
        }
        if (singleSelectedArrow(editor).isPresent() && SelectionGeometry.arrowTipAt(editor, p.screen()).isPresent()) {
            return PointerShape.CROSSHAIR;
        }
        return editor.hover().isPresent() ? PointerShape.MOVE : PointerShape.DEFAULT;
    }

    private static Optional<Shape> singleSelectedArrow(BoardEditor editor) {
        List<Shape> selected = editor.selectedShapes();
        return selected.size() == 1 && selected.get(0).kind() == ShapeKind.ARROW ? Optional.of(selected.get(0))
                : Optional.empty();
    }
}
