package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
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
 * each: a small box becomes one or two filled rectangles (no outline path, no text), and below
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

    private final Map<Color, Lines> lines = new LinkedHashMap<>();
    private final Map<Color, Color> tints = new HashMap<>();

    /** Whether {@code shape} is drawn in overview form at {@code scale}. */
    boolean takes(Shape shape, double scale) {
        if (shape.kind() == ShapeKind.ARROW || shape.kind() == ShapeKind.PEN && scale < LINE_SCALE) {
            return scale < LINE_SCALE;
        }
        return isSmall(shape, scale);
    }

    private static boolean isSmall(Shape shape, double scale) {
        Rect b = shape.bounds();
        return Math.max(b.width(), b.height()) * scale < BLOCK_PIXELS;
    }

    void paint(GraphicsContext gc, Shape shape, ArrowPath path, Color stroke, Color fill, double scale) {
        switch (shape.kind()) {
            case ARROW:
                lines(stroke).add(path.start(), path.end());
                break;
            case PEN:
                if (isSmall(shape, scale)) {
                    // A scribble a few pixels across reads as a smudge; a tinted block costs far less than a path.
                    Rect b = shape.bounds();
                    gc.setFill(tint(stroke));
                    gc.fillRect(b.x(), b.y(), Math.max(b.width(), 1 / scale), Math.max(b.height(), 1 / scale));
                } else {
                    lines(stroke).add(shape.points(), MIN_STEP_PIXELS / scale);
                }
                break;
            default: {
                Rect b = shape.bounds();
                double w = Math.max(b.width(), 1 / scale);
                double h = Math.max(b.height(), 1 / scale);
                if (fill == null || shape.kind() == ShapeKind.TEXT) {
                    gc.setFill(tint(stroke));
                    gc.fillRect(b.x(), b.y(), w, h);
                } else {
                    double edge = Math.min(1 / scale, Math.min(w, h) / 4);
                    gc.setFill(stroke);
                    gc.fillRect(b.x(), b.y(), w, h);
                    gc.setFill(fill);
                    gc.fillRect(b.x() + edge, b.y() + edge, w - 2 * edge, h - 2 * edge);
                }
            }
        }
    }

    private Color tint(Color stroke) {
        return tints.computeIfAbsent(stroke, c -> c.deriveColor(0, 1, 1, 0.3));
    }

    /** Draws the gathered hairlines, one path per colour, and forgets them. */
    void flush(GraphicsContext gc, double scale) {
        if (lines.isEmpty()) {
            return;
        }
        gc.setLineDashes((double[]) null);
        gc.setLineWidth(HAIRLINE_PIXELS / scale);
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
