package app.rehearse.whiteboard;

import java.util.Optional;
import java.util.function.Function;

/**
 * Derives an arrow's drawn path from its ends. A free end is drawn at its stored point. An attached
 * end aims at its anchor on the shape but stops on the shape's outline (rectangle or ellipse), a
 * small gap short of it, on the line towards the arrow's other end, so connectors look drawn by hand
 * and follow their shapes as they move. Between shapes too close for that, a short connector straddles
 * where they meet.
 */
public final class ArrowRouting {
    /** Space left between an attached end and the outline it stops at, in board units. */
    public static final double GAP = 4;
    /** The shortest connector drawn between two shapes that touch or overlap: long enough to show its head. */
    public static final double SHORTEST_CONNECTOR = 24;

    private ArrowRouting() {}

    /**
     * @param lookup finds shapes by id (null when absent); an attachment to an absent shape is
     *               treated as free, which only happens on a board being assembled
     */
    public static ArrowPath route(Shape arrow, Function<ShapeId, Shape> lookup) {
        if (arrow.kind() != ShapeKind.ARROW) {
            throw new IllegalArgumentException(arrow.id() + " is a " + arrow.kind() + ", not an arrow");
        }
        Shape startShape = target(arrow.startAttachment(), lookup);
        Shape endShape = target(arrow.endAttachment(), lookup);
        Point startAim = startShape == null ? arrow.points().get(0)
                : arrow.startAttachment().orElseThrow().anchor().on(startShape.bounds());
        Point endAim = endShape == null ? arrow.points().get(1)
                : arrow.endAttachment().orElseThrow().anchor().on(endShape.bounds());
        Point start = startShape == null ? startAim : stopAtOutline(startShape, endAim, startAim);
        Point end = endShape == null ? endAim : stopAtOutline(endShape, startAim, endAim);
        if (startShape != null && endShape != null && !roomBetween(start, end, startAim, endAim)) {
            return acrossTheSeam(start, end, startAim, endAim);
        }
        return new ArrowPath(start, end);
    }

    /** Whether the clipped connector still points from its start shape to its end shape, with room for its head. */
    private static boolean roomBetween(Point start, Point end, Point startAim, Point endAim) {
        double forwards = (end.x() - start.x()) * (endAim.x() - startAim.x())
                + (end.y() - start.y()) * (endAim.y() - startAim.y());
        return forwards > 0 && start.distanceTo(end) >= SHORTEST_CONNECTOR;
    }

    /**
     * Shapes that touch or overlap leave no room between their outlines: clipping there would give a
     * connector pointing backwards. Instead a short one straddles where they meet, pointing the right way.
     */
    private static ArrowPath acrossTheSeam(Point start, Point end, Point startAim, Point endAim) {
        double length = startAim.distanceTo(endAim);
        if (length == 0) {
            return new ArrowPath(start, end);
        }
        Point seam = Geometry.lerp(start, end, 0.5);
        double dx = (endAim.x() - startAim.x()) / length * SHORTEST_CONNECTOR / 2;
        double dy = (endAim.y() - startAim.y()) / length * SHORTEST_CONNECTOR / 2;
        return new ArrowPath(new Point(seam.x() - dx, seam.y() - dy), new Point(seam.x() + dx, seam.y() + dy));
    }

    private static Shape target(Optional<Attachment> attachment, Function<ShapeId, Shape> lookup) {
        if (attachment.isEmpty()) {
            return null;
        }
        Shape shape = lookup.apply(attachment.get().shape());
        return shape != null && shape.kind().acceptsArrows() ? shape : null;
    }

    /** Walks from {@code from} towards {@code aim} (inside {@code shape}) and stops where the outline is met. */
    private static Point stopAtOutline(Shape shape, Point from, Point aim) {
        Rect bounds = shape.bounds();
        boolean elliptic = ShapeGeometry.isElliptic(shape);
        boolean fromInside = elliptic ? Geometry.ellipseContains(bounds, from, 0) : bounds.contains(from);
        if (fromInside) {
            return aim;
        }
        double t = elliptic ? Geometry.ellipseEntry(from, aim, bounds) : Geometry.rectEntry(from, aim, bounds);
        if (t < 0) {
            return aim;
        }
        double length = from.distanceTo(aim);
        double gap = length == 0 ? 0 : Math.min(t, GAP / length);
        return Geometry.lerp(from, aim, t - gap);
    }
}
