package app.rehearse.whiteboard;

/** How much room a shape takes and whether a point touches it, per kind. */
final class ShapeGeometry {
    private ShapeGeometry() {}

    static boolean isElliptic(Shape shape) {
        return shape.kind() == ShapeKind.ELLIPSE
                || shape.stencil().map(s -> s.outline().isElliptic()).orElse(false);
    }

    /** The box the shape is drawn in; for an arrow, the box around its routed path. */
    static Rect extent(Shape shape, ArrowPath pathIfArrow) {
        return shape.kind() == ShapeKind.ARROW ? pathIfArrow.extent() : shape.bounds();
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
