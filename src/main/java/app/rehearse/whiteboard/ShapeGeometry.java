package app.rehearse.whiteboard;

import java.util.List;

/** How much room a shape takes and whether a point touches it, per kind. */
final class ShapeGeometry {
    private ShapeGeometry() {}

    static boolean isElliptic(Shape shape) {
        return shape.kind() == ShapeKind.ELLIPSE
                || shape.stencil().map(s -> s.outline().isElliptic()).orElse(false);
    }

    /**
     * Whether the shape as drawn meets {@code area}: lines when a segment crosses it, closed shapes
     * when their box does. This is what a viewport must paint.
     */
    static boolean meets(Shape shape, Rect area, ArrowPath pathIfArrow) {
        switch (shape.kind()) {
            case ARROW:
                return Geometry.rectEntry(pathIfArrow.start(), pathIfArrow.end(), area) >= 0;
            case PEN: {
                List<Point> points = shape.points();
                if (points.size() == 1) {
                    return area.contains(points.get(0));
                }
                for (int i = 1; i < points.size(); i++) {
                    if (Geometry.rectEntry(points.get(i - 1), points.get(i), area) >= 0) {
                        return true;
                    }
                }
                return false;
            }
            default:
                return shape.bounds().intersects(area);
        }
    }

    /**
     * Closed shapes are hit anywhere inside (filled or not, as users expect a box to be grabbable by its
     * middle); ellipses inside the ellipse; lines within {@code tolerance} plus half their width.
     */
    static boolean hits(Shape shape, Point p, double tolerance, ArrowPath pathIfArrow) {
        switch (shape.kind()) {
            case PEN:
                return Geometry.distanceToPolyline(p, shape.points()) <= tolerance + shape.style().width().units() / 2;
            case ARROW:
                return Geometry.distanceToSegment(p, pathIfArrow.start(), pathIfArrow.end())
                        <= tolerance + shape.style().width().units() / 2;
            default:
                return isElliptic(shape) ? Geometry.ellipseContains(shape.bounds(), p, tolerance)
                        : shape.bounds().inflate(tolerance).contains(p);
        }
    }
}
