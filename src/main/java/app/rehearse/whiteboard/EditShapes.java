package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Applies one change (label, style, position, size…) to each listed shape still on the board. */
final class EditShapes implements Command {
    private final String name;
    private final Set<ShapeId> ids;
    private final BiFunction<Shape, Board, Shape> edit;

    /** An edit that may look at the rest of the board (an arrow's far end, say). */
    EditShapes(String name, Collection<ShapeId> ids, BiFunction<Shape, Board, Shape> edit) {
        this.name = name;
        this.ids = new LinkedHashSet<>(ids);
        this.edit = edit;
    }

    EditShapes(String name, Collection<ShapeId> ids, UnaryOperator<Shape> edit) {
        this(name, ids, (shape, board) -> edit.apply(shape));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delta plan(Board board) {
        List<Delta.Update> updates = new ArrayList<>();
        for (ShapeId id : ids) {
            board.shape(id).ifPresent(s -> updates.add(new Delta.Update(s, edit.apply(s, board))));
        }
        return Delta.updating(updates);
    }
}
