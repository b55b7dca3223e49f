package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Viewport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The level-of-detail shortcut for a zoomed-out board, where thousands of shapes are a few pixels
 * each: on a crowded view a small box becomes one or two filled rectangles (no outline path, no text), and below
 * {@link #LINE_SCALE} arrows and pen strokes become hairlines gathered into one path per colour
 * and drawn after the boxes. At that size nobody can tell an arrowhead or a z-order apart, and one
 * path per colour replaces thousands of rasterising passes.
 */
final class Overview {
    /** Boxes smaller than this on screen (pixels, their longer side) are drawn as blocks. */
    static final double BLOCK_PIXELS = 32;
    /** Below this zoom, arrows and pen strokes are batched hairlines. */
    static final double LINE_SCALE = 0.3;
    private static final double HAIRLINE_PIXELS = 1.2;

    /** Points of a pen stroke closer than this on screen (pixels) are skipped. */
    private static final double MIN_STEP_PIXELS = 3;

    /**
     * From this many shapes in view the shortcut is worth what it hides. On a sparser view every shape is
     * drawn as itself (a circle at 29% is still a circle, its text still text) unless it is only a few pixels.
     */
    static final int CROWDED_FROM = 300;
    /** On a sparse view, shapes smaller than this on screen (pixels) are blocks: nothing more can be seen. */
    static final double TINY_PIXELS = 6;

    /** From this many shapes in view, blocks are written as pixels ({@link BlockRaster}) rather than filled one by one. */
    static final int RASTER_FROM = 1_000;

    private final Map<Color, Lines> lines = new LinkedHashMap<>();
    private final Map<Color, Color> tints = new HashMap<>();
    private final BlockRaster raster = new BlockRaster();
    private boolean rastering;
    private boolean crowded;
    private Viewport viewport = Viewport.IDENTITY;

    /**
     * Starts a frame of {@code width} × {@code height} pixels showing {@code shapesInView} shapes.
     * On a crowded view the blocks become pixels drawn as one image when the frame ends, above the
     * shapes drawn in full (at that size their order cannot be told apart), below the hairlines.
     */
    void startFrame(Viewport frame, int shapesInView, double width, double height) {
        viewport = frame;
        crowded = shapesInView >= CROWDED_FROM;
        rastering = shapesInView >= RASTER_FROM;
        if (rastering) {
            raster.begin((int) Math.ceil(width), (int) Math.ceil(height));
        }
    }

    /** Whether {@code shape} is drawn in overview form at {@code scale}. */
    boolean takes(Shape shape, double scale) {
        if (!crowded) {
            return shape.kind() != ShapeKind.ARROW && longerSide(shape) * scale < TINY_PIXELS;
        }
        if (shape.kind() == ShapeKind.ARROW || shape.kind() == ShapeKind.PEN && scale < LINE_SCALE) {
            return scale < LINE_SCALE;
        }
        return isSmall(shape, scale);
    }

    private static boolean isSmall(Shape shape, double scale) {
        return longerSide(shape) * scale < BLOCK_PIXELS;
    }

    private static double longerSide(Shape shape) {
        Rect b = shape.bounds();
        return Math.max(b.width(), b.height());
    }

    void paint(GraphicsContext gc, Shape shape, ArrowPath path, Color stroke, Color fill, double scale) {
        switch (shape.kind()) {
            case ARROW:
                lines(stroke).add(path.start(), path.end());
                break;
            case PEN:
                if (isSmall(shape, scale)) {
                    // A scribble a few pixels across reads as a smudge; a tinted block costs far less than a path.
                    block(gc, shape.bounds(), tint(stroke), null, scale);
                } else {
                    lines(stroke).add(shape.points(), MIN_STEP_PIXELS / scale);
                }
                break;
            default:
                if (fill == null || shape.kind() == ShapeKind.TEXT) {
                    block(gc, shape.bounds(), tint(stroke), null, scale);
                } else {
                    block(gc, shape.bounds(), stroke, fill, scale);
                }
        }
    }

    /** A box as one block of {@code colour}, or edged in it around {@code inner}: into the raster when on, else filled. */
    private void block(GraphicsContext gc, Rect b, Color colour, Color inner, double scale) {
        double w = Math.max(b.width(), 1 / scale);
        double h = Math.max(b.height(), 1 / scale);
        if (rastering && gc.getGlobalAlpha() == 1) {
            double x0 = viewport.screenX(b.x());
            double y0 = viewport.screenY(b.y());
            double x1 = x0 + w * scale;
            double y1 = y0 + h * scale;
            int edge = raster.argb(colour);
            if (inner != null && Math.min(x1 - x0, y1 - y0) >= 3) {
                // A one-pixel edge and the inside, each pixel written once.
                raster.fill(x0, y0, x1, y0 + 1, edge);
                raster.fill(x0, y1 - 1, x1, y1, edge);
                raster.fill(x0, y0 + 1, x0 + 1, y1 - 1, edge);
                raster.fill(x1 - 1, y0 + 1, x1, y1 - 1, edge);
                raster.fill(x0 + 1, y0 + 1, x1 - 1, y1 - 1, raster.argb(inner));
            } else {
                raster.fill(x0, y0, x1, y1, edge);
            }
            return;
        }
        gc.setFill(colour);
        gc.fillRect(b.x(), b.y(), w, h);
        if (inner != null) {
            double edge = Math.min(1 / scale, Math.min(w, h) / 4);
            gc.setFill(inner);
            gc.fillRect(b.x() + edge, b.y() + edge, w - 2 * edge, h - 2 * edge);
        }
    }

    private Color tint(Color stroke) {
        return tints.computeIfAbsent(stroke, c -> c.deriveColor(0, 1, 1, 0.3));
    }

    /**
     * Draws the gathered blocks and hairlines, and forgets them: as pixels on a crowded view (where a
     * path of thousands of lines would cost the renderer a coverage mask over the whole canvas),
     * otherwise as one path per colour.
     */
    void flush(GraphicsContext gc) {
        if (rastering) {
            rastering = false;
            for (Map.Entry<Color, Lines> entry : lines.entrySet()) {
                entry.getValue().rasterise(raster, entry.getKey(), viewport);
            }
            lines.clear();
            gc.save();
            gc.setTransform(1, 0, 0, 1, 0, 0);
            raster.drawTo(gc);
            gc.restore();
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        gc.setLineDashes((double[]) null);
        gc.setLineWidth(HAIRLINE_PIXELS / viewport.scale());
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.BEVEL);
        for (Map.Entry<Color, Lines> entry : lines.entrySet()) {
            gc.setStroke(entry.getKey());
            entry.getValue().stroke(gc);
        }
        lines.clear();
    }

    private Lines lines(Color colour) {
        return lines.computeIfAbsent(colour, c -> new Lines());
    }

    /** Polylines gathered for one path: coordinates, with NaN starting each new polyline. */
    private static final class Lines {
        private double[] xy = new double[256];
        private int size;

        void add(Point a, Point b) {
            ensure(6);
            xy[size++] = Double.NaN;
            xy[size++] = Double.NaN;
            put(a);
            put(b);
        }

        /** A polyline without the points closer than {@code step} to the last one kept (the end is always kept). */
        void add(List<Point> points, double step) {
            ensure(2 * points.size() + 2);
            xy[size++] = Double.NaN;
            xy[size++] = Double.NaN;
            Point last = points.get(0);
            put(last);
            for (int i = 1; i < points.size(); i++) {
                Point p = points.get(i);
                if (i == points.size() - 1 || p.distanceTo(last) >= step) {
                    put(p);
                    last = p;
                }
            }
        }

        private void put(Point p) {
            xy[size++] = p.x();
            xy[size++] = p.y();
        }

        void rasterise(BlockRaster raster, Color colour, Viewport viewport) {
            for (int i = 2; i < size; i += 2) {
                if (!Double.isNaN(xy[i]) && !Double.isNaN(xy[i - 2])) {
                    raster.line(viewport.screenX(xy[i - 2]), viewport.screenY(xy[i - 1]), viewport.screenX(xy[i]),
                            viewport.screenY(xy[i + 1]), colour);
                }
            }
        }

        void stroke(GraphicsContext gc) {
            gc.beginPath();
            boolean start = true;
            for (int i = 0; i < size; i += 2) {
                if (Double.isNaN(xy[i])) {
                    start = true;
                } else if (start) {
                    gc.moveTo(xy[i], xy[i + 1]);
                    start = false;
                } else {
                    gc.lineTo(xy[i], xy[i + 1]);
                }
            }
            gc.stroke();
        }

        private void ensure(int more) {
            if (size + more > xy.length) {
                xy = Arrays.copyOf(xy, Math.max(xy.length * 2, size + more));
            }
        }
    }
}
