package app.rehearse.whiteboard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Arrow changes shared by the commands that move, copy or delete what arrows hang on. */
final class ArrowEdits {
    private ArrowEdits() {}

    /** {@code arrow} with every end attached to one of {@code targets} made free where it is drawn now. */
    static Shape detachFrom(Shape arrow, Set<ShapeId> targets, Board board) {
        return transformed(arrow, AffineMap.IDENTITY, id -> !targets.contains(id), board);
    }

    /**
     * {@code arrow} mapped by {@code map}: free ends move with the map; ends attached to a shape for
     * which {@code keeps} is false are detached at their drawn position, mapped; other attached ends
     * stay attached (their stored point is mapped too, so it is sensible if they detach later).
     */
    static Shape transformed(Shape arrow, AffineMap map, Predicate<ShapeId> keeps, Board board) {
        ArrowPath path = board.arrowPath(arrow);
        Optional<Attachment> start = arrow.startAttachment().filter(a -> keeps.test(a.shape()));
        Optional<Attachment> end = arrow.endAttachment().filter(a -> keeps.test(a.shape()));
        Point startPoint = arrow.startAttachment().isPresent() && start.isEmpty() ? path.start() : arrow.points().get(0);
        Point endPoint = arrow.endAttachment().isPresent() && end.isEmpty() ? path.end() : arrow.points().get(1);
        return arrow.withPoints(List.of(map.apply(startPoint), map.apply(endPoint))).withAttachments(start, end);
    }
}
