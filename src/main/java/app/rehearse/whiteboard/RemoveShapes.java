package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes shapes. Arrows that stay on the board but were attached to a deleted shape are detached,
 * not deleted: their end is left free where it was last drawn (so a user's connector survives
 * deleting one box, as in Excalidraw). Undo re-attaches them, as the delta holds their old state.
 */
final class RemoveShapes implements Command {
    private final Set<ShapeId> ids;

    RemoveShapes(Collection<ShapeId> ids) {
        this.ids = new LinkedHashSet<>(ids);
    }

    @Override
    public String name() {
        return ids.size() == 1 ? "Delete" : "Delete " + ids.size() + " shapes";
    }

    @Override
    public Delta plan(Board board) {
        List<Shape> removed = new ArrayList<>();
        Set<ShapeId> detach = new LinkedHashSet<>();
        for (ShapeId id : ids) {
            board.shape(id).ifPresent(s -> {
                removed.add(s);
                board.arrowsAttachedTo(id).forEach(a -> detach.add(a.id()));
            });
        }
        detach.removeAll(ids);
        List<Delta.Update> updates = new ArrayList<>();
        for (ShapeId arrowId : detach) {
            Shape arrow = board.shape(arrowId).orElseThrow();
            updates.add(new Delta.Update(arrow, ArrowEdits.detachFrom(arrow, ids, board)));
        }
        return new Delta(List.of(), removed, updates);
    }
}
