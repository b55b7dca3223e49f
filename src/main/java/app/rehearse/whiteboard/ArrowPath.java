package app.rehearse.whiteboard;

import java.util.List;

/** Where an arrow is actually drawn right now: from {@code start} to the arrowhead at {@code end}. */
public record ArrowPath(Point start, Point end) {
    public Rect extent() {
        return Rect.spanning(start, end);
    }

    /** Where an arrow's label sits. */
    public Point midpoint() {
        return Geometry.lerp(start, end, 0.5);
    }

    /** Direction of travel at the head, in radians (0 points along +x, y grows downwards). */
    public double headAngle() {
        return Math.atan2(end.y() - start.y(), end.x() - start.x());
    }

    public double length() {
        return start.distanceTo(end);
    }

    List<Point> points() {
        return List.of(start, end);
    }
}
