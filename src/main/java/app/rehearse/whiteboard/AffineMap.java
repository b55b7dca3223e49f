package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;

/** x' = x·sx + tx, y' = y·sy + ty with non-negative scales: the moves and resizes the board supports. */
record AffineMap(double sx, double sy, double tx, double ty) {
    static final AffineMap IDENTITY = new AffineMap(1, 1, 0, 0);

    static AffineMap translation(double dx, double dy) {
        return new AffineMap(1, 1, dx, dy);
    }

    /** Maps {@code from} onto {@code to}; a zero-size side of {@code from} is only moved, not stretched. */
    static AffineMap between(Rect from, Rect to) {
        double sx = from.width() == 0 ? 1 : to.width() / from.width();
        double sy = from.height() == 0 ? 1 : to.height() / from.height();
        return new AffineMap(sx, sy, to.x() - from.x() * sx, to.y() - from.y() * sy);
    }

    Point apply(Point p) {
        return new Point(p.x() * sx + tx, p.y() * sy + ty);
    }

    Rect apply(Rect r) {
        return new Rect(r.x() * sx + tx, r.y() * sy + ty, r.width() * sx, r.height() * sy);
    }

    List<Point> apply(List<Point> points) {
        List<Point> mapped = new ArrayList<>(points.size());
        for (Point p : points) {
            mapped.add(apply(p));
        }
        return mapped;
    }
}
