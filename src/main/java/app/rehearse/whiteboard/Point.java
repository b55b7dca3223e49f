package app.rehearse.whiteboard;

/** A position in board coordinates (or screen coordinates, where {@link Viewport} says so). */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, got (" + x + ", " + y + ")");
        }
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
