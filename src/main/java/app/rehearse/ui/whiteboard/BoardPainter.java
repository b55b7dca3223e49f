package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Grid;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Viewport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a board into a canvas: background, the light alignment grid, then only the shapes the
 * viewport shows ({@link Board#query}), bottom to top, with any gesture preview swapped in. The
 * selection and handles are drawn on top by {@link OverlayPainter}.
 */
public final class BoardPainter {
    /** Board units added around the view when culling, so thick strokes and arrowheads at the edge still show. */
    private static final double CULL_MARGIN = 24;
    /** Grid lines closer than this on screen (pixels) give way to the coarser grid. */
    private static final double MIN_GRID_PIXELS = 8;
    private static final int MAJOR_EVERY = 5;

    private final BoardColours colours;
    private final LabelLayout labels;
    private final ShapePainter shapes;

    public BoardPainter(Palette.Theme theme) {
        this(new BoardColours(theme), new LabelLayout());
    }

    BoardPainter(BoardColours colours, LabelLayout labels) {
        this.colours = colours;
        this.labels = labels;
        this.shapes = new ShapePainter(colours, labels);
    }

    /** Whether shapes too small to read are drawn as blocks without text (on by default). */
    public void setLevelOfDetail(boolean enabled) {
        shapes.setLevelOfDetail(enabled);
    }

    BoardColours colours() {
        return colours;
    }

    LabelLayout labels() {
        return labels;
    }

    /**
     * Paints what {@code viewport} shows of {@code board} on a {@code width} × {@code height} canvas;
     * returns how many shapes were painted.
     */
    public int paint(GraphicsContext gc, Board board, Viewport viewport, double width, double height) {
        return paint(gc, board, viewport, width, height, Preview.NONE, true, Optional.empty());
    }

    /** Paints every shape on the board without culling: the baseline culling is measured against. */
    public int paintUnculled(GraphicsContext gc, Board board, Viewport viewport, double width, double height) {
        background(gc, viewport, width, height, true);
        toBoard(gc, viewport, board.size(), width, height);
        shapes.hideLabelOf(null);
        for (Shape s : board.shapes()) {
            shapes.paint(gc, s, s.kind() == ShapeKind.ARROW ? board.arrowPath(s) : null, viewport.scale());
        }
        shapes.endFrame(gc);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        return board.size();
    }

    /**
     * @param grid        whether to draw the alignment grid (not in exported images)
     * @param hiddenLabel a shape whose text is being edited in place, drawn without it
     */
    int paint(GraphicsContext gc, Board board, Viewport viewport, double width, double height, Preview preview,
            boolean grid, Optional<ShapeId> hiddenLabel) {
        background(gc, viewport, width, height, grid);
        Rect area = viewport.visibleArea(width, height).inflate(CULL_MARGIN);
        List<Shape> visible = board.query(area);
        Map<ShapeId, Shape> replaced = preview.replaced();
        if (!replaced.isEmpty()) {
            visible = withReplacements(board, visible, replaced);
        }
        toBoard(gc, viewport, visible.size(), width, height);
        shapes.hideLabelOf(hiddenLabel.orElse(null));
        double scale = viewport.scale();
        for (Shape s : visible) {
            boolean fading = preview.fading().contains(s.id());
            if (fading) {
                gc.setGlobalAlpha(0.3);
            }
            ArrowPath path = s.kind() != ShapeKind.ARROW ? null
                    : replaced.isEmpty() ? board.arrowPath(s) : board.arrowPath(s, replaced);
            shapes.paint(gc, s, path, scale);
            if (fading) {
                gc.setGlobalAlpha(1);
            }
        }
        shapes.endFrame(gc);
        preview.draft().ifPresent(d -> shapes.paint(gc, d, d.kind() == ShapeKind.ARROW ? board.arrowPath(d) : null,
                scale));
        gc.setTransform(1, 0, 0, 1, 0, 0);
        return visible.size();
    }

    /** The visible shapes with previewed ones swapped in, plus previewed shapes (and their arrows) from out of view. */
    private static List<Shape> withReplacements(Board board, List<Shape> visible, Map<ShapeId, Shape> replaced) {
        Map<ShapeId, Shape> all = new LinkedHashMap<>();
        for (Shape s : visible) {
            all.put(s.id(), replaced.getOrDefault(s.id(), s));
        }
        for (Map.Entry<ShapeId, Shape> entry : replaced.entrySet()) {
            all.put(entry.getKey(), entry.getValue());
            for (Shape arrow : board.arrowsAttachedTo(entry.getKey())) {
                all.putIfAbsent(arrow.id(), replaced.getOrDefault(arrow.id(), arrow));
            }
        }
        List<Shape> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparingLong(Shape::z));
        return sorted;
    }

    private void toBoard(GraphicsContext gc, Viewport viewport, int shapesInView, double width, double height) {
        shapes.startFrame(viewport, shapesInView, width, height);
        gc.setTransform(viewport.scale(), 0, 0, viewport.scale(), viewport.offsetX(), viewport.offsetY());
    }

    private void background(GraphicsContext gc, Viewport viewport, double width, double height, boolean grid) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        // Filling the whole canvas also lets it drop the commands of the previous frame.
        gc.setFill(colours.background());
        gc.fillRect(0, 0, width, height);
        if (grid) {
            grid(gc, viewport, width, height);
        }
    }

    private void grid(GraphicsContext gc, Viewport viewport, double width, double height) {
        double step = Grid.DEFAULT_SPACING * viewport.scale();
        if (step >= MIN_GRID_PIXELS) {
            lines(gc, viewport, width, height, step, i -> Math.floorMod(i, MAJOR_EVERY) != 0, colours.grid());
            lines(gc, viewport, width, height, step, i -> Math.floorMod(i, MAJOR_EVERY) == 0, colours.gridMajor());
            return;
        }
        while (step < MIN_GRID_PIXELS) {
            step *= MAJOR_EVERY;
        }
        lines(gc, viewport, width, height, step, i -> true, colours.grid());
    }

    /**
     * One colour of grid lines every {@code step} pixels, those whose index {@code drawn} accepts.
     * Each line is a one-pixel rectangle: the software renderer fills those directly, where a
     * stroked path would cost a coverage mask over the whole canvas.
     */
    private static void lines(GraphicsContext gc, Viewport viewport, double width, double height, double step,
            LongPredicate drawn, Color colour) {
        gc.setFill(colour);
        for (long i = (long) Math.ceil(-viewport.offsetX() / step); i * step + viewport.offsetX() <= width; i++) {
            if (drawn.test(i)) {
                gc.fillRect(Math.floor(i * step + viewport.offsetX()), 0, 1, height);
            }
        }
        for (long j = (long) Math.ceil(-viewport.offsetY() / step); j * step + viewport.offsetY() <= height; j++) {
            if (drawn.test(j)) {
                gc.fillRect(0, Math.floor(j * step + viewport.offsetY()), width, 1);
            }
        }
    }
}
