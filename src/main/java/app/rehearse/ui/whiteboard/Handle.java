package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;

/** The eight resize handles around a selection, as fractions of its box; corners first, as they win ties. */
enum Handle {
    NORTH_WEST(0, 0, PointerShape.RESIZE_NWSE),
    NORTH_EAST(1, 0, PointerShape.RESIZE_NESW),
    SOUTH_EAST(1, 1, PointerShape.RESIZE_NWSE),
    SOUTH_WEST(0, 1, PointerShape.RESIZE_NESW),
    NORTH(0.5, 0, PointerShape.RESIZE_NS),
    EAST(1, 0.5, PointerShape.RESIZE_EW),
    SOUTH(0.5, 1, PointerShape.RESIZE_NS),
    WEST(0, 0.5, PointerShape.RESIZE_EW);

    /** A box never shrinks below this (board units) while a handle is dragged. */
    static final double MIN_SIZE = 10;

    private final double fx;
    private final double fy;
    private final PointerShape pointer;

    Handle(double fx, double fy, PointerShape pointer) {
        this.fx = fx;
        this.fy = fy;
        this.pointer = pointer;
    }

    Point on(Rect box) {
        return box.pointAt(fx, fy);
    }

    PointerShape pointer() {
        return pointer;
    }

    /** {@code box} with the edges this handle moves brought to {@code pointer}; the opposite edges stay put. */
    Rect drag(Rect box, Point pointer) {
        double minX = box.x();
        double maxX = box.maxX();
        double minY = box.y();
        double maxY = box.maxY();
        if (fx == 0) {
            minX = Math.min(pointer.x(), maxX - MIN_SIZE);
        } else if (fx == 1) {
            maxX = Math.max(pointer.x(), minX + MIN_SIZE);
        }
        if (fy == 0) {
            minY = Math.min(pointer.y(), maxY - MIN_SIZE);
        } else if (fy == 1) {
            maxY = Math.max(pointer.y(), minY + MIN_SIZE);
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }
}
