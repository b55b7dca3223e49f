package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a connector. Pressing on a shape attaches the start to it, releasing on another shape
 * attaches the end (that shape is highlighted while the pointer is over it); attached ends follow
 * their shapes from then on. Free ends snap to the grid.
 */
final class ArrowGesture implements Gesture {
    /** A free arrow shorter than this on screen (pixels) was a click, not a drawing. */
    private static final double MIN_PIXELS = 8;

    private final BoardEditor editor;
    private final Pointer start;
    private final Optional<Shape> from;
    private final Point startPoint;
    private Optional<Shape> to = Optional.empty();
    private Point endPoint;

    ArrowGesture(BoardEditor editor, Pointer start) {
        this.editor = editor;
        this.start = start;
        this.from = editor.arrowTargetAt(start.board(), Optional.empty());
        this.startPoint = from.isPresent() ? start.board() : editor.snap(start);
        this.endPoint = startPoint;
    }

    @Override
    public void drag(Pointer pointer) {
        to = editor.arrowTargetAt(pointer.board(), from.map(Shape::id));
        endPoint = to.isPresent() ? pointer.board() : editor.snap(pointer);
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (to.isEmpty() && pointer.screen().distanceTo(start.screen()) < MIN_PIXELS) {
            return;
        }
        Shape arrow = arrow(editor.board().newId());
        // Store the ends where they are drawn, so an end that is later cut loose stays where it was seen.
        ArrowPath path = editor.board().arrowPath(arrow);
        Delta delta = editor.executeAndSelect(Commands.add(arrow.withPoints(List.of(path.start(), path.end()))));
        editor.finishShape(delta);
    }

    private Shape arrow(ShapeId id) {
        return Shape.arrow(id, startPoint, from.map(s -> Attachment.centreOf(s.id())), endPoint,
                to.map(s -> Attachment.centreOf(s.id())), editor.actions().style());
    }

    @Override
    public Preview preview() {
        Set<ShapeId> targets = new HashSet<>();
        from.ifPresent(s -> targets.add(s.id()));
        to.ifPresent(s -> targets.add(s.id()));
        return Preview.drafting(arrow(BoardEditor.DRAFT), targets);
    }
}
