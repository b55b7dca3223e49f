package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The selected shapes' ids, in the order they were selected, only ever naming shapes on the board. */
final class Selection {
    private final Board board;
    private final Set<ShapeId> ids = new LinkedHashSet<>();

    Selection(Board board) {
        this.board = board;
    }

    Set<ShapeId> ids() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>(ids.size());
        for (ShapeId id : ids) {
            board.shape(id).ifPresent(shapes::add);
        }
        return shapes;
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    int size() {
        return ids.size();
    }

    boolean contains(ShapeId id) {
        return ids.contains(id);
    }

    void set(Collection<ShapeId> chosen) {
        ids.clear();
        for (ShapeId id : chosen) {
            if (board.contains(id)) {
                ids.add(id);
            }
        }
    }

    void add(ShapeId id) {
        if (board.contains(id)) {
            ids.add(id);
        }
    }

    void remove(ShapeId id) {
        ids.remove(id);
    }

    void clear() {
        ids.clear();
    }

    /** Drops ids whose shapes were deleted (or undone away). */
    void prune() {
        ids.removeIf(id -> !board.contains(id));
    }
}
