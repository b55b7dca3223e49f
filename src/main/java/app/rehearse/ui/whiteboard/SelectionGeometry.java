package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.ArrowTip;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the selection's box, resize handles and arrow-end handles are, as drawn now (following any preview). */
final class SelectionGeometry {
    private SelectionGeometry() {}

    /** The selected shapes as they are drawn at this moment (moved ones where the drag has them). */
    static List<Shape> drawnSelection(BoardEditor editor) {
        Map<ShapeId, Shape> replaced = editor.preview().replaced();
        return editor.selectedShapes().stream().map(s -> replaced.getOrDefault(s.id(), s)).toList();
    }

    /** The box with resize handles, if the selection has one: not for a lone arrow (it has end handles) or text. */
    static Optional<Rect> handleBox(BoardEditor editor) {
        if (!editor.isEditable() || editor.tool() != Tool.SELECT) {
            return Optional.empty();
        }
        List<Shape> shapes = drawnSelection(editor);
        if (shapes.size() == 1 && (shapes.get(0).kind() == ShapeKind.ARROW || shapes.get(0).kind() == ShapeKind.TEXT)) {
            return Optional.empty();
        }
        return shapes.stream().map(Shape::bounds).reduce(Rect::union);
    }

    static Optional<Handle> handleAt(BoardEditor editor, Point screen) {
        Optional<Rect> box = handleBox(editor);
        if (box.isEmpty()) {
            return Optional.empty();
        }
        double reach = BoardEditor.HANDLE_PIXELS / 2 + 2;
        for (Handle handle : visibleHandles(editor.camera().toScreen(box.get()))) {
            Point at = editor.camera().toScreen(handle.on(box.get()));
            if (Math.abs(at.x() - screen.x()) <= reach && Math.abs(at.y() - screen.y()) <= reach) {
                return Optional.of(handle);
            }
        }
        return Optional.empty();
    }

    /** All eight handles, or only the corners when the box is too small on screen for the side ones to fit between. */
    static List<Handle> visibleHandles(Rect screenBox) {
        double room = 3 * BoardEditor.HANDLE_PIXELS;
        List<Handle> all = List.of(Handle.values());
        return screenBox.width() < room || screenBox.height() < room ? all.subList(0, 4) : all;
    }

    /** Where the one selected arrow is drawn; empty unless exactly one arrow is selected. */
    static Optional<ArrowPath> selectedArrowPath(BoardEditor editor) {
        if (!editor.isEditable() || editor.tool() != Tool.SELECT) {
            return Optional.empty();
        }
        List<Shape> shapes = drawnSelection(editor);
        if (shapes.size() != 1 || shapes.get(0).kind() != ShapeKind.ARROW) {
            return Optional.empty();
        }
        return Optional.of(editor.board().arrowPath(shapes.get(0), editor.preview().replaced()));
    }

    static Optional<ArrowTip> arrowTipAt(BoardEditor editor, Point screen) {
        Optional<ArrowPath> path = selectedArrowPath(editor);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        double reach = BoardEditor.HANDLE_PIXELS / 2 + 3;
        if (editor.camera().toScreen(path.get().end()).distanceTo(screen) <= reach) {
            return Optional.of(ArrowTip.END);
        }
        if (editor.camera().toScreen(path.get().start()).distanceTo(screen) <= reach) {
            return Optional.of(ArrowTip.START);
        }
        return Optional.empty();
    }

    /** The outline drawn around the selection: the box around every selected shape as drawn. */
    static Optional<Rect> outline(BoardEditor editor) {
        Map<ShapeId, Shape> replaced = editor.preview().replaced();
        return drawnSelection(editor).stream().map(s -> s.kind() == ShapeKind.ARROW
                ? editor.board().arrowPath(s, replaced).extent() : s.bounds()).reduce(Rect::union);
    }
}
