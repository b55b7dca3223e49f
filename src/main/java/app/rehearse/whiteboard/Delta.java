package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One atomic change to a board, holding the full state of every shape it touches: shapes added,
 * shapes removed (as they were) and shapes updated (before and after). Because nothing is left
 * implicit, {@link #inverse()} undoes it exactly, and a log of deltas replays in either direction.
 * Each shape id appears at most once in a delta.
 */
public record Delta(List<Shape> added, List<Shape> removed, List<Update> updated) {
    public static final Delta EMPTY = new Delta(List.of(), List.of(), List.of());

    /** One shape changing in place; its id and kind stay the same. */
    public record Update(Shape before, Shape after) {
        public Update {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("an update keeps the id: " + before.id() + " became " + after.id());
            }
            if (before.kind() != after.kind()) {
                throw new IllegalArgumentException("an update keeps the kind of " + before.id());
            }
        }

        public ShapeId id() {
            return after.id();
        }
    }

    public Delta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        updated = List.copyOf(updated);
        Set<ShapeId> seen = new HashSet<>();
        for (Shape s : added) {
            requireOnce(seen, s.id());
        }
        for (Shape s : removed) {
            requireOnce(seen, s.id());
        }
        for (Update u : updated) {
            requireOnce(seen, u.id());
        }
    }

    private static void requireOnce(Set<ShapeId> seen, ShapeId id) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("shape " + id + " appears twice in one change");
        }
    }

    public static Delta adding(Collection<Shape> shapes) {
        return new Delta(List.copyOf(shapes), List.of(), List.of());
    }

    /** Updates whose before and after are equal are left out. */
    public static Delta updating(Collection<Update> updates) {
        return new Delta(List.of(), List.of(), updates.stream().filter(u -> !u.before().equals(u.after())).toList());
    }

    public Delta inverse() {
        List<Update> back = new ArrayList<>(updated.size());
        for (Update u : updated) {
            back.add(new Update(u.after(), u.before()));
        }
        return new Delta(removed, added, back);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && updated.isEmpty();
    }

    /** Every id the change touches, in the order added, removed, updated. */
    public Set<ShapeId> ids() {
        Set<ShapeId> ids = new LinkedHashSet<>();
        added.forEach(s -> ids.add(s.id()));
        removed.forEach(s -> ids.add(s.id()));
        updated.forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** The ids of shapes that exist after the change and were added or updated by it (what to select). */
    public Set<ShapeId> resultIds() {
        Set<ShapeId> ids = new LinkedHashSet<>();
        added.forEach(s -> ids.add(s.id()));
        updated.forEach(u -> ids.add(u.id()));
        return ids;
    }
}
