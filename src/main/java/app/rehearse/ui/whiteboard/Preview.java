package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Command;
import app.rehearse.whiteboard.Delta;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a gesture in progress looks like, painted over the board until it is committed: shapes
 * drawn as they would be after the edit ({@code replaced}, e.g. while dragging), a shape being
 * drawn ({@code draft}), the rubber band, shapes highlighted as arrow targets, shapes about to be erased.
 */
record Preview(Map<ShapeId, Shape> replaced, Optional<Shape> draft, Optional<Rect> band,
        Set<ShapeId> highlighted, Set<ShapeId> fading) {
    static final Preview NONE = new Preview(Map.of(), Optional.empty(), Optional.empty(), Set.of(), Set.of());

    Preview {
        replaced = Map.copyOf(replaced);
        highlighted = Set.copyOf(highlighted);
        fading = Set.copyOf(fading);
    }

    static Preview replacing(Map<ShapeId, Shape> shapes) {
        return new Preview(shapes, Optional.empty(), Optional.empty(), Set.of(), Set.of());
    }

    /** The shapes {@code command} would add or change, as they would be, without changing the board. */
    static Map<ShapeId, Shape> planned(Board board, Command command) {
        Delta delta = command.plan(board);
        Map<ShapeId, Shape> after = new HashMap<>();
        delta.added().forEach(s -> after.put(s.id(), s));
        delta.updated().forEach(u -> after.put(u.id(), u.after()));
        return after;
    }

    static Preview drafting(Shape draft, Set<ShapeId> highlighted) {
        return new Preview(Map.of(), Optional.of(draft), Optional.empty(), highlighted, Set.of());
    }
}
