package app.rehearse.whiteboard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every edit the whiteboard offers, as a {@link Command} to pass to {@link Whiteboard#execute}.
 * Commands name shapes by id and skip ids no longer on the board, so a stale selection is harmless;
 * a command that would change nothing leaves no undo step.
 */
public final class Commands {
    /** How far a duplicate lands from its original, in board units (one grid step each way). */
    public static final double DUPLICATE_OFFSET = Grid.DEFAULT_SPACING;

    private Commands() {}

    /** Adds a shape on top of the others (its z is replaced). Make its id with {@link Board#newId()}. */
    public static Command add(Shape shape) {
        return new AddShapes(List.of(shape));
    }

    /** Adds several shapes as one undo step, stacked in the given order. */
    public static Command add(List<Shape> shapes) {
        return new AddShapes(shapes);
    }

    /** Deletes shapes (also the eraser); arrows attached to them stay, cut loose where they were drawn. */
    public static Command remove(Collection<ShapeId> ids) {
        return new RemoveShapes(ids);
    }

    /** Moves shapes by (dx, dy); attached arrows follow; a moved arrow lets go of shapes left behind. */
    public static Command move(Collection<ShapeId> ids, double dx, double dy) {
        return TransformShapes.by("Move", ids, AffineMap.translation(dx, dy));
    }

    /** Gives one shape new bounds (a resize handle was dragged). */
    public static Command resize(ShapeId id, Rect bounds) {
        return new TransformShapes.Resize(id, bounds);
    }

    /** Stretches a group of shapes so that the box {@code from} becomes {@code to} (a group's handle was dragged). */
    public static Command scale(Collection<ShapeId> ids, Rect from, Rect to) {
        return TransformShapes.by("Resize", ids, AffineMap.between(from, to));
    }

    /** Sets the text inside a shape, or a text shape's text. */
    public static Command setLabel(ShapeId id, String label) {
        return new EditShapes("Edit text", Set.of(id), s -> s.withLabel(label));
    }

    /** Sets a text shape's text together with the bounds the view measured for it. */
    public static Command setText(ShapeId id, String text, Rect bounds) {
        return new EditShapes("Edit text", Set.of(id), s -> s.kind().isDefinedByPoints() ? s.withLabel(text)
                : s.withLabel(text).withBounds(bounds));
    }

    public static Command setStyle(Collection<ShapeId> ids, Style style) {
        return new EditShapes("Change style", ids, s -> s.withStyle(style));
    }

    public static Command setStrokeColour(Collection<ShapeId> ids, Palette colour) {
        return new EditShapes("Change colour", ids, s -> s.withStyle(s.style().withStroke(colour)));
    }

    public static Command setFillColour(Collection<ShapeId> ids, Palette colour) {
        return new EditShapes("Change fill", ids, s -> s.withStyle(s.style().withFill(colour)));
    }

    public static Command setStrokeWidth(Collection<ShapeId> ids, StrokeWidth width) {
        return new EditShapes("Change stroke width", ids, s -> s.withStyle(s.style().withWidth(width)));
    }

    public static Command setStrokePattern(Collection<ShapeId> ids, StrokePattern pattern) {
        return new EditShapes("Change line style", ids, s -> s.withStyle(s.style().withPattern(pattern)));
    }

    /** Restacks shapes: to the front or back, or one overlapping neighbour forward or backward. */
    public static Command reorder(Collection<ShapeId> ids, ZOrder move) {
        return new Reorder(ids, move);
    }

    /** Copies shapes in place, offset by (dx, dy), with arrows between them attached to the copies. */
    public static Command duplicate(Collection<ShapeId> ids, double dx, double dy) {
        return new Command() {
            @Override
            public String name() {
                return "Duplicate";
            }

            @Override
            public Delta plan(Board board) {
                return new PasteShapes(name(), ClipboardContent.of(board, ids), dx, dy).plan(board);
            }
        };
    }

    /** Adds copies of {@code content} with fresh ids, offset by (dx, dy). See also {@link Clipboard#paste()}. */
    public static Command paste(ClipboardContent content, double dx, double dy) {
        return new PasteShapes("Paste", content, dx, dy);
    }

    /** Moves one end of an arrow to {@code point}, attached to a shape or free. */
    public static Command reconnect(ShapeId arrow, ArrowTip tip, Point point, Optional<Attachment> attachment) {
        return new ReconnectArrow(arrow, tip, point, attachment);
    }
}
