package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the editor's state over the painted board, in screen pixels so it stays the same size at
 * any zoom: hover and arrow-target highlights, the selection box with its handles, and the rubber band.
 */
final class OverlayPainter {
    private final BoardColours colours;

    OverlayPainter(BoardColours colours) {
        this.colours = colours;
    }

    void paint(GraphicsContext gc, BoardEditor editor) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setLineDashes((double[]) null);
        Color accent = colours.accent();
        Preview preview = editor.preview();
        Board board = editor.board();
        Camera camera = editor.camera();

        editor.hover().filter(id -> !editor.isGesturing() && !editor.selection().contains(id))
                .flatMap(board::shape)
                .ifPresent(s -> outline(gc, editor, s, preview.replaced(), accent.deriveColor(0, 1, 1, 0.5), 1.5, 3));
        for (ShapeId id : preview.highlighted()) {
            board.shape(id).ifPresent(s -> outline(gc, editor, s, preview.replaced(), accent, 2.5, 5));
        }

        if (editor.selection().size() > 1) {
            for (Shape s : SelectionGeometry.drawnSelection(editor)) {
                outline(gc, editor, s, preview.replaced(), accent.deriveColor(0, 1, 1, 0.45), 1, 2);
            }
        }
        Optional<Rect> handleBox = SelectionGeometry.handleBox(editor);
        if (handleBox.isPresent()) {
            Rect r = camera.toScreen(handleBox.get());
            gc.setStroke(accent);
            gc.setLineWidth(1);
            gc.strokeRect(Math.round(r.x()) + 0.5, Math.round(r.y()) + 0.5, Math.round(r.width()),
                    Math.round(r.height()));
            for (Handle handle : SelectionGeometry.visibleHandles(r)) {
                square(gc, handle.on(r), accent);
            }
        } else {
            Optional<ArrowPath> arrow = SelectionGeometry.selectedArrowPath(editor);
            if (arrow.isPresent()) {
                dot(gc, camera.toScreen(arrow.get().start()), accent);
                dot(gc, camera.toScreen(arrow.get().end()), accent);
            } else if (editor.selection().size() == 1
                    && SelectionGeometry.drawnSelection(editor).get(0).kind() == ShapeKind.ARROW) {
                Shape lone = SelectionGeometry.drawnSelection(editor).get(0);
                outline(gc, editor, lone, preview.replaced(), accent, 1.5, 0);
            } else {
                SelectionGeometry.outline(editor).ifPresent(box -> {
                    Rect r = camera.toScreen(box).inflate(4);
                    gc.setStroke(accent);
                    gc.setLineWidth(1);
                    gc.strokeRect(Math.round(r.x()) + 0.5, Math.round(r.y()) + 0.5, Math.round(r.width()),
                            Math.round(r.height()));
                });
            }
        }

        preview.band().ifPresent(band -> {
            Rect r = camera.toScreen(band);
            gc.setFill(accent.deriveColor(0, 1, 1, 0.08));
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
            gc.setStroke(accent.deriveColor(0, 1, 1, 0.7));
            gc.setLineWidth(1);
            gc.strokeRect(Math.round(r.x()) + 0.5, Math.round(r.y()) + 0.5, Math.round(r.width()),
                    Math.round(r.height()));
        });
    }

    private void outline(GraphicsContext gc, BoardEditor editor, Shape shape, Map<ShapeId, Shape> replaced,
            Color colour, double width, double pad) {
        Shape s = replaced.getOrDefault(shape.id(), shape);
        Camera camera = editor.camera();
        gc.setStroke(colour);
        gc.setLineWidth(width);
        if (s.kind() == ShapeKind.ARROW) {
            ArrowPath path = editor.board().arrowPath(s, replaced);
            Point a = camera.toScreen(path.start());
            Point b = camera.toScreen(path.end());
            gc.setLineWidth(width + 4);
            gc.setStroke(colour.deriveColor(0, 1, 1, 0.5));
            gc.strokeLine(a.x(), a.y(), b.x(), b.y());
            return;
        }
        Rect r = camera.toScreen(s.bounds()).inflate(pad);
        gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 8, 8);
    }

    private void square(GraphicsContext gc, Point at, Color accent) {
        double size = BoardEditor.HANDLE_PIXELS;
        double x = Math.round(at.x() - size / 2) + 0.5;
        double y = Math.round(at.y() - size / 2) + 0.5;
        gc.setFill(colours.background());
        gc.fillRect(x, y, size - 1, size - 1);
        gc.setStroke(accent);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, size - 1, size - 1);
    }

    private void dot(GraphicsContext gc, Point at, Color accent) {
        double r = BoardEditor.HANDLE_PIXELS / 2 + 0.5;
        gc.setFill(colours.background());
        gc.fillOval(at.x() - r, at.y() - r, 2 * r, 2 * r);
        gc.setStroke(accent);
        gc.setLineWidth(1.5);
        gc.strokeOval(at.x() - r, at.y() - r, 2 * r, 2 * r);
    }
}
