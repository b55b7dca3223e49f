package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes the stacking of the selected shapes, keeping their order among themselves. Front and back
 * give the selection fresh z values beyond the ends, so only the selection changes. Forward and
 * backward step each selected shape past the nearest unselected shape that overlaps it (stepping
 * past one that does not overlap would look like nothing happened); the shapes between
 * trade z values among themselves.
 */
final class Reorder implements Command {
    private final Set<ShapeId> ids;
    private final ZOrder move;

    Reorder(Collection<ShapeId> ids, ZOrder move) {
        this.ids = new HashSet<>(ids);
        this.move = move;
    }

    @Override
    public String name() {
        return move.label();
    }

    @Override
    public Delta plan(Board board) {
        List<Shape> order = board.shapes();
        List<Shape> selected = order.stream().filter(s -> ids.contains(s.id())).toList();
        if (selected.isEmpty()) {
            return Delta.EMPTY;
        }
        switch (move) {
            case FRONT:
                return toEnd(selected, board.zAboveAll(), 1, true);
            case BACK:
                return toEnd(selected, board.zBelowAll(), -1, false);
            default:
                return step(board, new ArrayList<>(order), move == ZOrder.FORWARD);
        }
    }

    private static Delta toEnd(List<Shape> selected, long firstZ, long direction, boolean bottomUp) {
        List<Delta.Update> updates = new ArrayList<>();
        long z = firstZ;
        for (int i = 0; i < selected.size(); i++) {
            Shape s = selected.get(bottomUp ? i : selected.size() - 1 - i);
            updates.add(new Delta.Update(s, s.withZ(z)));
            z += direction;
        }
        return Delta.updating(updates);
    }

    private Delta step(Board board, List<Shape> order, boolean up) {
        List<Long> zs = order.stream().map(Shape::z).toList();
        int n = order.size();
        // Walk from the end we move towards, so a moved shape never leapfrogs another selected one.
        for (int k = 0; k < n; k++) {
            int i = up ? n - 1 - k : k;
            Shape s = order.get(i);
            if (!ids.contains(s.id())) {
                continue;
            }
            Rect extent = board.extent(s.id()).orElseThrow();
            int j = i + (up ? 1 : -1);
            while (j >= 0 && j < n && !ids.contains(order.get(j).id())
                    && !board.extent(order.get(j).id()).orElseThrow().intersects(extent)) {
                j += up ? 1 : -1;
            }
            if (j < 0 || j >= n || ids.contains(order.get(j).id())) {
                continue;
            }
            order.remove(i);
            order.add(j, s);
        }
        List<Delta.Update> updates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Shape s = order.get(i);
            if (s.z() != zs.get(i)) {
                updates.add(new Delta.Update(s, s.withZ(zs.get(i))));
            }
        }
        return Delta.updating(updates);
    }
}
