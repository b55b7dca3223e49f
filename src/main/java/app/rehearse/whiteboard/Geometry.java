package app.rehearse.whiteboard;

import java.util.List;

/** Small pieces of plane geometry shared by hit-testing and arrow routing. */
final class Geometry {
    private Geometry() {}

    static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return p.distanceTo(a);
        }
        double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    static double distanceToPolyline(Point p, List<Point> points) {
        if (points.size() == 1) {
            return p.distanceTo(points.get(0));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, distanceToSegment(p, points.get(i - 1), points.get(i)));
        }
        return best;
    }

    static Point lerp(Point a, Point b, double t) {
        return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
    }

    /** Inside the ellipse inscribed in {@code bounds}, grown by {@code tolerance} on each axis. */
    static boolean ellipseContains(Rect bounds, Point p, double tolerance) {
        double rx = bounds.width() / 2 + tolerance;
        double ry = bounds.height() / 2 + tolerance;
        if (rx <= 0 || ry <= 0) {
            return false;
        }
        double nx = (p.x() - (bounds.x() + bounds.width() / 2)) / rx;
        double ny = (p.y() - (bounds.y() + bounds.height() / 2)) / ry;
        return nx * nx + ny * ny <= 1;
    }

    /**
     * The first parameter {@code t} in [0, 1] at which the segment {@code from}→{@code to} is inside
     * {@code r} (Liang–Barsky clipping), or -1 when it never is.
     */
    static double rectEntry(Point from, Point to, Rect r) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {from.x() - r.x(), r.maxX() - from.x(), from.y() - r.y(), r.maxY() - from.y()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return -1;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave ? enter : -1;
    }

    /** As {@link #rectEntry} for the ellipse inscribed in {@code r}. */
    static double ellipseEntry(Point from, Point to, Rect r) {
        double rx = r.width() / 2;
        double ry = r.height() / 2;
        if (rx == 0 || ry == 0) {
            return rectEntry(from, to, r);
        }
        double cx = r.x() + rx;
        double cy = r.y() + ry;
        double ox = (from.x() - cx) / rx;
        double oy = (from.y() - cy) / ry;
        double dx = (to.x() - from.x()) / rx;
        double dy = (to.y() - from.y()) / ry;
        double a = dx * dx + dy * dy;
        double b = 2 * (ox * dx + oy * dy);
        double c = ox * ox + oy * oy - 1;
        if (c <= 0) {
            return 0;
        }
        if (a == 0) {
            return -1;
        }
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return -1;
        }
        double t = (-b - Math.sqrt(discriminant)) / (2 * a);
        return t >= 0 && t <= 1 ? t : -1;
    }
}
