package app.rehearse.whiteboard;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shapes of a board by id and by z, with which arrows hang off which shapes, and the rules a
 * change must keep. Shared by {@link Board} and by replay, so a log that replays is a log a board accepts.
 */
final class ShapeTable {
    final Map<ShapeId, Shape> byId = new HashMap<>();
    final TreeMap<Long, Shape> byZ = new TreeMap<>();
    private final Map<ShapeId, Set<ShapeId>> arrowsByTarget = new HashMap<>();

    Shape get(ShapeId id) {
        return byId.get(id);
    }

    Set<ShapeId> arrowsAttachedTo(ShapeId target) {
        return arrowsByTarget.getOrDefault(target, Collections.emptySet());
    }

    /**
     * Throws {@link IllegalStateException} naming the first rule {@code delta} breaks against the
     * current state: it must expect exactly the shapes it removes and updates, add only new ids,
     * leave every attachment pointing at an existing non-arrow shape, and keep z values unique.
     */
    void check(Delta delta) {
        int touching = delta.removed().size() + delta.updated().size();
        Set<ShapeId> leaving = touching == 0 ? Set.of() : new HashSet<>(capacityFor(touching));
        for (Shape s : delta.removed()) {
            requireCurrent(s, "remove");
            leaving.add(s.id());
        }
        Map<ShapeId, Shape> arriving = new HashMap<>(capacityFor(delta.updated().size() + delta.added().size()));
        for (Delta.Update u : delta.updated()) {
            requireCurrent(u.before(), "update");
            leaving.add(u.id());
            arriving.put(u.id(), u.after());
        }
        for (Shape s : delta.added()) {
            if (byId.containsKey(s.id())) {
                throw new IllegalStateException("shape " + s.id() + " is already on the board");
            }
            arriving.put(s.id(), s);
        }
        Map<Long, ShapeId> newZ = arriving.size() < 2 ? null : new HashMap<>(capacityFor(arriving.size()));
        for (Shape s : arriving.values()) {
            ShapeId sameZ = newZ == null ? null : newZ.put(s.z(), s.id());
            Shape occupant = byZ.get(s.z());
            if (sameZ == null && occupant != null && !leaving.contains(occupant.id())) {
                sameZ = occupant.id();
            }
            if (sameZ != null) {
                throw new IllegalStateException("shapes " + sameZ + " and " + s.id() + " would share z " + s.z());
            }
            if (s.startAttachment().isPresent()) {
                requireTarget(s, s.startAttachment().get(), arriving, leaving);
            }
            if (s.endAttachment().isPresent()) {
                requireTarget(s, s.endAttachment().get(), arriving, leaving);
            }
        }
        for (Shape gone : delta.removed()) {
            for (ShapeId arrowId : arrowsAttachedTo(gone.id())) {
                Shape arrow = arriving.containsKey(arrowId) ? arriving.get(arrowId)
                        : leaving.contains(arrowId) ? null : byId.get(arrowId);
                if (arrow != null && arrow.isAttachedTo(gone.id())) {
                    throw new IllegalStateException("arrow " + arrowId + " would stay attached to removed shape "
                            + gone.id());
                }
            }
        }
    }

    private void requireTarget(Shape arrow, Attachment a, Map<ShapeId, Shape> arriving, Set<ShapeId> leaving) {
        Shape target = arriving.containsKey(a.shape()) ? arriving.get(a.shape())
                : leaving.contains(a.shape()) ? null : byId.get(a.shape());
        if (target == null) {
            throw new IllegalStateException("arrow " + arrow.id() + " would be attached to missing shape " + a.shape());
        }
        if (!target.kind().acceptsArrows()) {
            throw new IllegalStateException("arrow " + arrow.id() + " cannot attach to arrow " + a.shape());
        }
    }

    private static int capacityFor(int entries) {
        return Math.max(4, (int) (entries / 0.75f) + 1);
    }

    private void requireCurrent(Shape expected, String verb) {
        Shape current = byId.get(expected.id());
        if (current == null) {
            throw new IllegalStateException("cannot " + verb + " shape " + expected.id() + ": it is not on the board");
        }
        if (!current.equals(expected)) {
            throw new IllegalStateException("cannot " + verb + " shape " + expected.id()
                    + ": it differs from the state the change expects");
        }
    }

    /** Applies a delta that {@link #check} accepted; returns the non-arrow shapes whose geometry changed. */
    Set<ShapeId> apply(Delta delta) {
        Set<ShapeId> moved = new LinkedHashSet<>();
        for (Shape s : delta.removed()) {
            take(s);
            moved.add(s.id());
        }
        for (Delta.Update u : delta.updated()) {
            take(u.before());
        }
        for (Delta.Update u : delta.updated()) {
            put(u.after());
            if (!u.before().bounds().equals(u.after().bounds())) {
                moved.add(u.id());
            }
        }
        for (Shape s : delta.added()) {
            put(s);
        }
        return moved;
    }

    private void take(Shape s) {
        byId.remove(s.id());
        byZ.remove(s.z());
        for (Attachment a : s.attachments()) {
            Set<ShapeId> arrows = arrowsByTarget.get(a.shape());
            if (arrows != null) {
                arrows.remove(s.id());
                if (arrows.isEmpty()) {
                    arrowsByTarget.remove(a.shape());
                }
            }
        }
    }

    private void put(Shape s) {
        byId.put(s.id(), s);
        byZ.put(s.z(), s);
        for (Attachment a : s.attachments()) {
            arrowsByTarget.computeIfAbsent(a.shape(), k -> new HashSet<>(4)).add(s.id());
        }
    }
}
