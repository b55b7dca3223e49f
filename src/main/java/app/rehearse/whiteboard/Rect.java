package app.rehearse.whiteboard;

import java.util.List;

/** An axis-aligned rectangle in board coordinates; width and height are never negative. */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a rectangle needs finite numbers, got " + x + ", " + y + ", " + width
                    + ", " + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a rectangle cannot have a negative size, got " + width + " x " + height);
        }
    }

    /** The rectangle with corners {@code a} and {@code b}, in whichever order the pointer dragged them. */
    public static Rect spanning(Point a, Point b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                Math.abs(a.y() - b.y()));
    }

    /** The smallest rectangle holding every point; {@code points} must not be empty. */
    public static Rect around(List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to put a rectangle around");
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    public static Rect centredAt(Point centre, double width, double height) {
        return new Rect(centre.x() - width / 2, centre.y() - height / 2, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point origin() {
        return new Point(x, y);
    }

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** The point at fractions {@code fx}, {@code fy} of the width and height (0,0 is the top-left corner). */
    public Point pointAt(double fx, double fy) {
        return new Point(x + width * fx, y + height * fy);
    }

    /** Edges count as inside. */
    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** True when the two share at least one point (touching edges count). */
    public boolean intersects(Rect other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** Grown by {@code margin} on every side (a negative margin shrinks, never below zero size). */
    public Rect inflate(double margin) {
        double w = Math.max(0, width + 2 * margin);
        double h = Math.max(0, height + 2 * margin);
        return new Rect(x + width / 2 - w / 2, y + height / 2 - h / 2, w, h);
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }
}
