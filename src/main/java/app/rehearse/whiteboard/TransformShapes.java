package app.rehearse.whiteboard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves or scales a set of shapes by one map. Arrows attached to a transformed shape follow it by
 * themselves (their path is derived), so only the transformed shapes change. A transformed arrow
 * keeps the ends attached to shapes transformed with it and lets go of the others, which would
 * otherwise pin it in place.
 */
final class TransformShapes {
    private TransformShapes() {}

    /** Applies {@code map} to the shapes {@code ids} still on the board. */
    static Command by(String name, Collection<ShapeId> ids, AffineMap map) {
        Set<ShapeId> together = new LinkedHashSet<>(ids);
        return new EditShapes(name, together, (s, board) -> transform(s, map, together, board));
    }

    static Shape transform(Shape s, AffineMap map, Set<ShapeId> together, Board board) {
        switch (s.kind()) {
            case ARROW:
                return ArrowEdits.transformed(s, map, together::contains, board);
            case PEN:
                return s.withPoints(map.apply(s.points()));
            default:
                return s.withBounds(map.apply(s.bounds()));
        }
    }

    /** One shape to new bounds; box shapes get exactly {@code bounds}, strokes and arrows are stretched to fit. */
    static final class Resize implements Command {
        private final ShapeId id;
        private final Rect bounds;

        Resize(ShapeId id, Rect bounds) {
            this.id = id;
            this.bounds = bounds;
        }

        @Override
        public String name() {
            return "Resize";
        }

        @Override
        public Delta plan(Board board) {
            return board.shape(id).map(s -> {
                Shape after = s.kind().isDefinedByPoints()
                        ? transform(s, AffineMap.between(s.bounds(), bounds), Set.of(id), board)
                        : s.withBounds(bounds);
                return Delta.updating(List.of(new Delta.Update(s, after)));
            }).orElse(Delta.EMPTY);
        }
    }
}
