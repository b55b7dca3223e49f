package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable shape on the board. Which fields matter depends on {@link #kind()}:
 * <ul>
 * <li>rectangles, ellipses, text and stencils live in {@link #bounds()}; their {@link #label()} is the
 * text drawn inside (for TEXT, the text itself);
 * <li>a pen stroke is its smoothed {@link #points()};
 * <li>an arrow has exactly two points (start, end). An end with an attachment is drawn where
 * {@link ArrowRouting} puts it on the attached shape; its stored point is only where it was when
 * last free, used when it detaches;
 * <li>for PEN and ARROW the bounds are always the box around the points (computed here).
 * </ul>
 * {@link #z()} orders shapes bottom to top and is unique on a board.
 */
public record Shape(ShapeId id, ShapeKind kind, Rect bounds, long z, String label, Style style,
        Optional<Stencil> stencil, List<Point> points, Optional<Attachment> startAttachment,
        Optional<Attachment> endAttachment) {

    public Shape {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(stencil, "stencil");
        Objects.requireNonNull(startAttachment, "startAttachment");
        Objects.requireNonNull(endAttachment, "endAttachment");
        points = List.copyOf(points);
        if (stencil.isPresent() != (kind == ShapeKind.STENCIL)) {
            throw new IllegalArgumentException("shape " + id + ": a stencil component is required for, and only for, "
                    + "STENCIL shapes");
        }
        if (kind == ShapeKind.PEN && points.isEmpty()) {
            throw new IllegalArgumentException("pen stroke " + id + " needs at least one point");
        }
        if (kind == ShapeKind.ARROW && points.size() != 2) {
            throw new IllegalArgumentException("arrow " + id + " needs exactly two points, got " + points.size());
        }
        if (!kind.isDefinedByPoints() && !points.isEmpty()) {
            throw new IllegalArgumentException("shape " + id + " of kind " + kind + " has no points");
        }
        if (kind != ShapeKind.ARROW && (startAttachment.isPresent() || endAttachment.isPresent())) {
            throw new IllegalArgumentException("only arrows attach to shapes, not " + kind + " " + id);
        }
        if (startAttachment.map(a -> a.shape().equals(id)).orElse(false)
                || endAttachment.map(a -> a.shape().equals(id)).orElse(false)) {
            throw new IllegalArgumentException("arrow " + id + " cannot attach to itself");
        }
        if (kind.isDefinedByPoints()) {
            bounds = Rect.around(points);
        }
        Objects.requireNonNull(bounds, "bounds");
    }

    public static Shape rectangle(ShapeId id, Rect bounds, Style style) {
        return box(id, ShapeKind.RECTANGLE, bounds, "", style);
    }

    public static Shape ellipse(ShapeId id, Rect bounds, Style style) {
        return box(id, ShapeKind.ELLIPSE, bounds, "", style);
    }

    /** A free text label; the view measures the text and supplies the bounds. */
    public static Shape text(ShapeId id, Rect bounds, String text, Style style) {
        return box(id, ShapeKind.TEXT, bounds, text, style);
    }

    /** A component from the palette, centred on {@code centre}, with its default size, style and name. */
    public static Shape stencil(ShapeId id, Stencil stencil, Point centre) {
        return new Shape(id, ShapeKind.STENCIL, stencil.defaultBoundsAt(centre), 0, stencil.displayName(),
                stencil.defaultStyle(), Optional.of(stencil), List.of(), Optional.empty(), Optional.empty());
    }

    /** A freehand stroke; pass the output of {@link StrokeSmoothing#smooth} rather than raw samples. */
    public static Shape pen(ShapeId id, List<Point> points, Style style) {
        return new Shape(id, ShapeKind.PEN, null, 0, "", style, Optional.empty(), points, Optional.empty(),
                Optional.empty());
    }

    /** An arrow from {@code start} to {@code end}; each end optionally attached to a shape. */
    public static Shape arrow(ShapeId id, Point start, Optional<Attachment> startAttachment, Point end,
            Optional<Attachment> endAttachment, Style style) {
        return new Shape(id, ShapeKind.ARROW, null, 0, "", style, Optional.empty(), List.of(start, end),
                startAttachment, endAttachment);
    }

    public static Shape arrow(ShapeId id, Point start, Point end, Style style) {
        return arrow(id, start, Optional.empty(), end, Optional.empty(), style);
    }

    private static Shape box(ShapeId id, ShapeKind kind, Rect bounds, String label, Style style) {
        return new Shape(id, kind, bounds, 0, label, style, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** Both attachments that are present (zero, one or two). */
    public List<Attachment> attachments() {
        List<Attachment> all = new ArrayList<>(2);
        startAttachment.ifPresent(all::add);
        endAttachment.ifPresent(all::add);
        return all;
    }

    public boolean isAttachedTo(ShapeId target) {
        return startAttachment.map(a -> a.shape().equals(target)).orElse(false)
                || endAttachment.map(a -> a.shape().equals(target)).orElse(false);
    }

    public Shape withId(ShapeId newId) {
        return new Shape(newId, kind, bounds, z, label, style, stencil, points, startAttachment, endAttachment);
    }

    public Shape withZ(long newZ) {
        return new Shape(id, kind, bounds, newZ, label, style, stencil, points, startAttachment, endAttachment);
    }

    public Shape withLabel(String newLabel) {
        return new Shape(id, kind, bounds, z, newLabel, style, stencil, points, startAttachment, endAttachment);
    }

    public Shape withStyle(Style newStyle) {
        return new Shape(id, kind, bounds, z, label, newStyle, stencil, points, startAttachment, endAttachment);
    }

    /** For box shapes; pen strokes and arrows take their bounds from their points. */
    public Shape withBounds(Rect newBounds) {
        if (kind.isDefinedByPoints()) {
            throw new IllegalStateException("the bounds of a " + kind + " follow from its points");
        }
        return new Shape(id, kind, newBounds, z, label, style, stencil, points, startAttachment, endAttachment);
    }

    public Shape withPoints(List<Point> newPoints) {
        return new Shape(id, kind, bounds, z, label, style, stencil, newPoints, startAttachment, endAttachment);
    }

    /** This shape moved by (dx, dy), attachments untouched: for drawing a drag before it is committed. */
    public Shape translated(double dx, double dy) {
        return kind.isDefinedByPoints() ? withPoints(AffineMap.translation(dx, dy).apply(points))
                : withBounds(bounds.translate(dx, dy));
    }

    public Shape withAttachments(Optional<Attachment> start, Optional<Attachment> end) {
        return new Shape(id, kind, bounds, z, label, style, stencil, points, start, end);
    }
}
