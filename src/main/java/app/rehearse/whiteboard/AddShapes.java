package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;

/** Puts new shapes on top of the board, in the given order; the shapes' own z values are replaced. */
final class AddShapes implements Command {
    private final List<Shape> shapes;

    AddShapes(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    @Override
    public String name() {
        if (shapes.size() == 1) {
            Shape s = shapes.get(0);
            return "Add " + s.stencil().map(Stencil::displayName).orElse(s.kind().noun());
        }
        return "Add " + shapes.size() + " shapes";
    }

    @Override
    public Delta plan(Board board) {
        List<Shape> added = new ArrayList<>(shapes.size());
        long z = board.zAboveAll();
        for (Shape s : shapes) {
            added.add(s.withZ(z++));
        }
        return Delta.adding(added);
    }
}
