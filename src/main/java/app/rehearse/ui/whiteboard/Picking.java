package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which shape a click means. A hollow box or ellipse (no fill, no label) is usually drawn around
 * other shapes to group them, so inside it the shapes it surrounds win; it is picked by its outline,
 * or by its inside only when nothing else is there.
 */
final class Picking {
    private Picking() {}

    static Optional<Shape> pick(Board board, Point p, double tolerance, Predicate<Shape> filter) {
        Optional<Shape> direct = board.hitTest(p, tolerance,
                s -> filter.test(s) && (!isHollow(s) || nearOutline(s, p, tolerance)));
        return direct.isPresent() ? direct : board.hitTest(p, tolerance, filter);
    }

    static boolean isHollow(Shape s) {
        return (s.kind() == ShapeKind.RECTANGLE || s.kind() == ShapeKind.ELLIPSE) && s.style().fill().isNone()
                && s.label().isEmpty();
    }

    private static boolean nearOutline(Shape s, Point p, double tolerance) {
        Rect b = s.bounds();
        if (s.kind() == ShapeKind.RECTANGLE) {
            return b.inflate(tolerance).contains(p) && !b.inflate(-tolerance).contains(p);
        }
        double rx = b.width() / 2;
        double ry = b.height() / 2;
        if (rx <= tolerance || ry <= tolerance) {
            return true;
        }
        double nx = (p.x() - b.centre().x()) / rx;
        double ny = (p.y() - b.centre().y()) / ry;
        return Math.abs(Math.hypot(nx, ny) - 1) * Math.min(rx, ry) <= tolerance;
    }
}
