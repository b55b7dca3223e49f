package app.rehearse.whiteboard;

/** The light alignment grid: positions and sizes snap to multiples of {@code spacing} board units. */
public record Grid(double spacing) {
    public static final double DEFAULT_SPACING = 20;
    public static final Grid DEFAULT = new Grid(DEFAULT_SPACING);

    public Grid {
        if (!(spacing > 0) || Double.isInfinite(spacing)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + spacing);
        }
    }

    public double snap(double value) {
        return Math.round(value / spacing) * spacing;
    }

    public Point snap(Point p) {
        return new Point(snap(p.x()), snap(p.y()));
    }

    /** Moves {@code r} so its top-left corner is on the grid; the size is kept (for dragging). */
    public Rect snapPosition(Rect r) {
        return new Rect(snap(r.x()), snap(r.y()), r.width(), r.height());
    }

    /** Puts both corners of {@code r} on the grid (for drawing and resizing); never collapses below one step. */
    public Rect snapCorners(Rect r) {
        double x = snap(r.x());
        double y = snap(r.y());
        double maxX = Math.max(snap(r.maxX()), x + (r.width() > 0 ? spacing : 0));
        double maxY = Math.max(snap(r.maxY()), y + (r.height() > 0 ? spacing : 0));
        return new Rect(x, y, maxX - x, maxY - y);
    }

    /** The (dx, dy) that lands a dragged selection whose box started at {@code start} on the grid. */
    public Point snapDrag(Rect start, double dx, double dy) {
        return new Point(snap(start.x() + dx) - start.x(), snap(start.y() + dy) - start.y());
    }
}
