package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moves one end of an arrow (dragging its handle): to a free point, or attached to a shape. */
final class ReconnectArrow implements Command {
    private final ShapeId arrowId;
    private final ArrowTip tip;
    private final Point point;
    private final Optional<Attachment> attachment;

    ReconnectArrow(ShapeId arrowId, ArrowTip tip, Point point, Optional<Attachment> attachment) {
        this.arrowId = arrowId;
        this.tip = tip;
        this.point = point;
        this.attachment = attachment;
    }

    @Override
    public String name() {
        return attachment.isPresent() ? "Connect arrow" : "Move arrow end";
    }

    @Override
    public Delta plan(Board board) {
        Optional<Shape> found = board.shape(arrowId).filter(s -> s.kind() == ShapeKind.ARROW);
        if (found.isEmpty()) {
            return Delta.EMPTY;
        }
        Shape arrow = found.get();
        List<Point> points = new ArrayList<>(arrow.points());
        points.set(tip.index(), point);
        Shape after = tip == ArrowTip.START
                ? arrow.withPoints(points).withAttachments(attachment, arrow.endAttachment())
                : arrow.withPoints(points).withAttachments(arrow.startAttachment(), attachment);
        return Delta.updating(List.of(new Delta.Update(arrow, after)));
    }
}
