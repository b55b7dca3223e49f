package app.rehearse.ui.whiteboard;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Drawing primitives shaped for JavaFX's software renderer. Every stroked or filled path costs a
 * rasterising pass with a fixed setup cost plus work for every pixel row it spans (measured: about
 * 3.5 µs plus 0.35 µs a row), while an axis-aligned rectangle is filled directly and cheaply. So
 * solid straight edges that run along the axes (rectangle sides, the sides of rounded boxes,
 * cylinders and pipes) are drawn as thin rectangles, and a rounded box's corners go into two short
 * paths (top and bottom) instead of one path around the whole box. Board coordinates, under a
 * scale-and-translate transform; colours, width and dashes are those set on the context.
 */
final class Primitives {
    private GraphicsContext gc;

    /** Starts drawing into {@code target}. */
    void begin(GraphicsContext target) {
        gc = target;
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    GraphicsContext gc() {
        return gc;
    }

    // ---- Fills -------------------------------------------------------------------------------------

    void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    /** A cross of two rectangles plus the corner discs (opaque fills only, or the overlaps would show). */
    void fillRoundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        if (r <= 0 || gc.getGlobalAlpha() < 1) {
            gc.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
            return;
        }
        gc.fillRect(x + r, y, w - 2 * r, h);
        gc.fillRect(x, y + r, w, h - 2 * r);
        // Top and bottom corners in separate paths: the cost of a path grows with the rows it spans.
        gc.beginPath();
        disc(x + r, y + r, r);
        disc(x + w - r, y + r, r);
        gc.fill();
        gc.beginPath();
        disc(x + w - r, y + h - r, r);
        disc(x + r, y + h - r, r);
        gc.fill();
    }

    void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    // ---- Strokes -----------------------------------------------------------------------------------

    /** A straight line; a solid one along an axis is filled as a thin rectangle. */
    void line(double x0, double y0, double x1, double y1) {
        if (isSolid() && (x0 == x1 || y0 == y1)) {
            double half = gc.getLineWidth() / 2;
            withStrokeAsFill(() -> gc.fillRect(Math.min(x0, x1) - half, Math.min(y0, y1) - half,
                    Math.abs(x1 - x0) + 2 * half, Math.abs(y1 - y0) + 2 * half));
            return;
        }
        gc.strokeLine(x0, y0, x1, y1);
    }

    /** A rectangle's outline; solid, as four thin rectangles meeting in square corners. */
    void strokeRect(double x, double y, double w, double h) {
        if (!isSolid()) {
            gc.strokeRect(x, y, w, h);
            return;
        }
        double lw = gc.getLineWidth();
        double half = lw / 2;
        withStrokeAsFill(() -> {
            gc.fillRect(x - half, y - half, w + lw, lw);
            gc.fillRect(x - half, y + h - half, w + lw, lw);
            gc.fillRect(x - half, y + half, lw, Math.max(0, h - lw));
            gc.fillRect(x + w - half, y + half, lw, Math.max(0, h - lw));
        });
    }

    /** A rounded box's outline; solid, as four thin sides and one path with the four corner arcs. */
    void strokeRoundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        if (!isSolid() || r <= 0) {
            if (r <= 0) {
                strokeRect(x, y, w, h);
            } else {
                gc.strokeRoundRect(x, y, w, h, 2 * r, 2 * r);
            }
            return;
        }
        double half = gc.getLineWidth() / 2;
        double radius = r;
        withStrokeAsFill(() -> {
            gc.fillRect(x + radius, y - half, w - 2 * radius, 2 * half);
            gc.fillRect(x + radius, y + h - half, w - 2 * radius, 2 * half);
            gc.fillRect(x - half, y + radius, 2 * half, h - 2 * radius);
            gc.fillRect(x + w - half, y + radius, 2 * half, h - 2 * radius);
        });
        gc.beginPath();
        arc(x + r, y + r, r, r, 90, 180);
        arc(x + w - r, y + r, r, r, 0, 90);
        gc.stroke();
        gc.beginPath();
        arc(x + w - r, y + h - r, r, r, 270, 360);
        arc(x + r, y + h - r, r, r, 180, 270);
        gc.stroke();
    }

    void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    /** Part of an ellipse (degrees, counter-clockwise as seen on screen, 0 pointing right). */
    void strokeArc(double cx, double cy, double rx, double ry, double from, double to) {
        gc.beginPath();
        arc(cx, cy, rx, ry, from, to);
        gc.stroke();
    }

    /** A polyline with bevelled joins: on a smooth curve they look the same as round ones and rasterise faster. */
    void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        gc.setLineJoin(StrokeLineJoin.BEVEL);
        gc.beginPath();
        gc.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            gc.lineTo(xs[i], ys[i]);
        }
        gc.stroke();
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    private boolean isSolid() {
        return gc.getLineDashes() == null;
    }

    private void withStrokeAsFill(Runnable draw) {
        Paint fill = gc.getFill();
        gc.setFill(gc.getStroke());
        draw.run();
        gc.setFill(fill);
    }

    private void disc(double cx, double cy, double r) {
        gc.moveTo(cx + r, cy);
        arcTo(gc, cx, cy, r, r, 0, 360);
        gc.closePath();
    }

    /** Starts a new sub-path at the arc's first point and follows the arc. */
    private void arc(double cx, double cy, double rx, double ry, double from, double to) {
        gc.moveTo(cx + rx * Math.cos(Math.toRadians(from)), cy - ry * Math.sin(Math.toRadians(from)));
        arcTo(gc, cx, cy, rx, ry, from, to);
    }

    /**
     * Continues a path along the ellipse centred at (cx, cy) from angle {@code from} to {@code to}
     * (degrees, counter-clockwise as seen on screen), in cubic pieces of at most 90°. The path must
     * already be at the start point.
     */
    static void arcTo(GraphicsContext gc, double cx, double cy, double rx, double ry, double from, double to) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(to - from) / 90 - 1e-9));
        double step = Math.toRadians((to - from) / pieces);
        double a0 = Math.toRadians(from);
        double k = 4.0 / 3 * Math.tan(step / 4);
        for (int i = 0; i < pieces; i++) {
            double a1 = a0 + step;
            double x0 = cx + rx * Math.cos(a0);
            double y0 = cy - ry * Math.sin(a0);
            double x3 = cx + rx * Math.cos(a1);
            double y3 = cy - ry * Math.sin(a1);
            gc.bezierCurveTo(x0 - k * rx * Math.sin(a0), y0 - k * ry * Math.cos(a0),
                    x3 + k * rx * Math.sin(a1), y3 + k * ry * Math.cos(a1), x3, y3);
            a0 = a1;
        }
    }
}
