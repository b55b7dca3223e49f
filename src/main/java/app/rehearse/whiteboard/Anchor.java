package app.rehearse.whiteboard;

/**
 * Where on a shape an attached arrow aims, as fractions of the shape's bounds (0,0 top-left,
 * 1,1 bottom-right). Because it is relative, the aim point follows the shape as it moves and resizes.
 */
public record Anchor(double fx, double fy) {
    public static final Anchor CENTRE = new Anchor(0.5, 0.5);

    public Anchor {
        if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) {
            throw new IllegalArgumentException("an anchor lies within its shape (0..1), got " + fx + ", " + fy);
        }
    }

    /** The anchor under {@code point} on a shape with {@code bounds}, clamped into the shape. */
    public static Anchor at(Rect bounds, Point point) {
        double fx = bounds.width() == 0 ? 0.5 : (point.x() - bounds.x()) / bounds.width();
        double fy = bounds.height() == 0 ? 0.5 : (point.y() - bounds.y()) / bounds.height();
        return new Anchor(Math.max(0, Math.min(1, fx)), Math.max(0, Math.min(1, fy)));
    }

    public Point on(Rect bounds) {
        return bounds.pointAt(fx, fy);
    }
}
