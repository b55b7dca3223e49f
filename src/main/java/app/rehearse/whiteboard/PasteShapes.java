package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Adds copies of clipboard shapes on top, moved by an offset, with fresh ids and arrows re-pointed at the copies. */
final class PasteShapes implements Command {
    private final String name;
    private final ClipboardContent content;
    private final double dx;
    private final double dy;

    PasteShapes(String name, ClipboardContent content, double dx, double dy) {
        this.name = name;
        this.content = content;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delta plan(Board board) {
        Map<ShapeId, ShapeId> fresh = new HashMap<>();
        for (Shape s : content.shapes()) {
            fresh.put(s.id(), board.newId());
        }
        AffineMap shift = AffineMap.translation(dx, dy);
        List<Shape> added = new ArrayList<>();
        long z = board.zAboveAll();
        for (Shape s : content.shapes()) {
            Shape copy = TransformShapes.transform(s.withId(fresh.get(s.id())).withAttachments(
                    Optional.empty(), Optional.empty()), shift, Set.of(), board).withZ(z++);
            if (s.kind() == ShapeKind.ARROW) {
                copy = copy.withAttachments(s.startAttachment().map(a -> repoint(a, fresh)),
                        s.endAttachment().map(a -> repoint(a, fresh)));
            }
            added.add(copy);
        }
        return Delta.adding(added);
    }

    private static Attachment repoint(Attachment a, Map<ShapeId, ShapeId> fresh) {
        return new Attachment(fresh.getOrDefault(a.shape(), a.shape()), a.anchor());
    }
}
