package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Copies of shapes taken from a board, bottom to top, ready to paste. Arrows among them stay
 * attached to shapes copied with them; ends attached to anything else are cut loose where they
 * were drawn, so a paste never reaches back to the originals.
 */
public record ClipboardContent(List<Shape> shapes) {
    public ClipboardContent {
        shapes = List.copyOf(shapes);
    }

    public static ClipboardContent of(Board board, Collection<ShapeId> ids) {
        Set<ShapeId> chosen = new HashSet<>(ids);
        List<Shape> copies = new ArrayList<>();
        for (Shape s : board.shapes()) {
            if (chosen.contains(s.id())) {
                copies.add(s.kind() == ShapeKind.ARROW
                        ? ArrowEdits.transformed(s, AffineMap.IDENTITY, chosen::contains, board) : s);
            }
        }
        return new ClipboardContent(copies);
    }

    public boolean isEmpty() {
        return shapes.isEmpty();
    }

    /** The box around the copied shapes (arrows by their stored points), for pasting at a position. */
    public Optional<Rect> bounds() {
        return shapes.stream().map(Shape::bounds).reduce(Rect::union);
    }
}
