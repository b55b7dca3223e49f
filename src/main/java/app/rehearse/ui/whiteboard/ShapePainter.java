package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.StrokePattern;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.Viewport;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Paints one shape in board coordinates ({@code gc} already carries the viewport transform), from
 * {@link Primitives} suited to the software renderer. Text too small to read is left out, and on a
 * zoomed-out board the {@link Overview} shortcut draws tiny shapes as blocks and hairlines.
 */
final class ShapePainter {
    /** Text smaller than this on screen (pixels) is not drawn. */
    static final double MIN_TEXT_PIXELS = 4;
    private static final double HEAD_ANGLE = Math.toRadians(27);
    /** Line pieces per quadratic segment of a pen stroke. */
    private static final int PEN_STEPS = 2;

    private final BoardColours colours;
    private final LabelLayout labels;
    private final Primitives primitives = new Primitives();
    private final Overview overview = new Overview();
    private boolean levelOfDetail = true;
    private Viewport viewport = Viewport.IDENTITY;
    private ShapeId hiddenLabel;

    ShapePainter(BoardColours colours, LabelLayout labels) {
        this.colours = colours;
        this.labels = labels;
    }

    /**
     * Starts a frame of {@code width} × {@code height} pixels through {@code frame} (text is placed in
     * screen pixels through it), showing {@code shapesInView} shapes.
     */
    void startFrame(Viewport frame, int shapesInView, double width, double height) {
        viewport = frame;
        overview.startFrame(frame, levelOfDetail ? shapesInView : 0, width, height);
    }

    /** Leaves out the text of this shape (null for none): it is open in the in-place editor. */
    void hideLabelOf(ShapeId id) {
        hiddenLabel = id;
    }

    /** Finishes the frame: draws what the overview gathered. */
    void endFrame(GraphicsContext gc) {
        overview.flush(gc);
    }

    void setLevelOfDetail(boolean enabled) {
        levelOfDetail = enabled;
    }

    /**
     * @param path  where an arrow is drawn (null for other shapes)
     * @param scale the viewport's zoom, for level of detail
     */
    void paint(GraphicsContext gc, Shape shape, ArrowPath path, double scale) {
        Style style = shape.style();
        Color stroke = colours.stroke(style.stroke());
        Color fill = colours.fill(style.fill());
        Rect b = shape.bounds();
        if (levelOfDetail && overview.takes(shape, scale)) {
            overview.paint(gc, shape, path, stroke, fill, scale);
            return;
        }
        double width = style.width().units();
        String label = shape.id().equals(hiddenLabel) ? "" : shape.label();
        primitives.begin(gc);
        gc.setStroke(stroke);
        gc.setLineWidth(width);
        gc.setLineDashes(style.pattern() == StrokePattern.DASHED ? new double[] {width * 4 + 4, width * 3 + 3}
                : null);
        switch (shape.kind()) {
            case RECTANGLE:
                if (fill != null) {
                    gc.setFill(fill);
                    primitives.fillRect(b.x(), b.y(), b.width(), b.height());
                }
                primitives.strokeRect(b.x(), b.y(), b.width(), b.height());
                label(gc, label, b.inflate(-8), LabelLayout.LABEL_SIZE, stroke, scale);
                break;
            case ELLIPSE:
                if (fill != null) {
                    gc.setFill(fill);
                    primitives.fillOval(b.x(), b.y(), b.width(), b.height());
                }
                primitives.strokeOval(b.x(), b.y(), b.width(), b.height());
                label(gc, label, LabelBoxes.of(shape), LabelLayout.LABEL_SIZE, stroke, scale);
                break;
            case STENCIL: {
                var outline = shape.stencil().orElseThrow().outline();
                StencilOutlines.paint(primitives, outline, b, fill);
                label(gc, label, LabelBoxes.of(shape).inflate(-6), LabelLayout.LABEL_SIZE, stroke, scale);
                break;
            }
            case TEXT:
                if (!label.isEmpty()) {
                    text(gc, shape, stroke, scale);
                }
                break;
            case PEN:
                pen(gc, shape.points(), stroke, width);
                break;
            case ARROW:
                arrow(gc, label, path, stroke, width, scale);
                break;
            default:
                throw new IllegalStateException("cannot paint " + shape.kind());
        }
        gc.setLineDashes((double[]) null);
    }

    private void label(GraphicsContext gc, String label, Rect box, double size, Color colour, double scale) {
        if (label.isEmpty() || (levelOfDetail && size * scale < MIN_TEXT_PIXELS)) {
            return;
        }
        List<String> lines = labels.wrap(label, size, box.width());
        double lineHeight = labels.lineHeight(size);
        double top = box.centre().y() - lines.size() * lineHeight / 2;
        lines(gc, lines, box.centre().x(), top + lineHeight / 2, lineHeight, size, TextAlignment.CENTER, colour);
    }

    private void text(GraphicsContext gc, Shape shape, Color colour, double scale) {
        Rect b = shape.bounds();
        if (levelOfDetail && LabelLayout.TEXT_SIZE * scale < MIN_TEXT_PIXELS) {
            gc.setFill(colour.deriveColor(0, 1, 1, 0.35));
            gc.fillRect(b.x(), b.y() + b.height() * 0.3, b.width(), b.height() * 0.4);
            return;
        }
        double lineHeight = labels.lineHeight(LabelLayout.TEXT_SIZE);
        lines(gc, List.of(shape.label().split("\n", -1)), b.x() + 1, b.y() + lineHeight / 2, lineHeight,
                LabelLayout.TEXT_SIZE, TextAlignment.LEFT, colour);
    }

    /**
     * Draws lines of text in screen pixels, at a font size rounded to half a pixel: text under a
     * zoom transform would need its glyphs rasterised afresh at every new zoom, while a handful of
     * pixel sizes stay in the glyph cache.
     */
    private void lines(GraphicsContext gc, List<String> lines, double x, double firstCentreY, double lineHeight,
            double size, TextAlignment align, Color colour) {
        double scale = viewport.scale();
        double pixels = Math.max(1, Math.round(size * scale * 2) / 2.0);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(colour);
        gc.setFont(labels.font(pixels));
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), viewport.screenX(x), viewport.screenY(firstCentreY + i * lineHeight));
        }
        gc.setTransform(scale, 0, 0, scale, viewport.offsetX(), viewport.offsetY());
    }

    /** Quadratic pieces through the midpoints of the smoothed points, flattened and stroked in short runs. */
    private void pen(GraphicsContext gc, List<Point> points, Color colour, double width) {
        if (points.size() == 1) {
            Point p = points.get(0);
            gc.setFill(colour);
            gc.fillOval(p.x() - width, p.y() - width, 2 * width, 2 * width);
            return;
        }
        int n = points.size();
        double[] xs = new double[(n - 2) * PEN_STEPS + 2];
        double[] ys = new double[xs.length];
        int k = 0;
        xs[k] = points.get(0).x();
        ys[k++] = points.get(0).y();
        double fromX = xs[0];
        double fromY = ys[0];
        for (int i = 1; i < n - 1; i++) {
            Point c = points.get(i);
            Point next = points.get(i + 1);
            double toX = (c.x() + next.x()) / 2;
            double toY = (c.y() + next.y()) / 2;
            for (int step = 1; step <= PEN_STEPS; step++) {
                double t = (double) step / PEN_STEPS;
                double u = 1 - t;
                xs[k] = u * u * fromX + 2 * u * t * c.x() + t * t * toX;
                ys[k++] = u * u * fromY + 2 * u * t * c.y() + t * t * toY;
            }
            fromX = toX;
            fromY = toY;
        }
        Point last = points.get(n - 1);
        xs[k] = last.x();
        ys[k++] = last.y();
        primitives.strokePolyline(xs, ys, k);
    }

    private void arrow(GraphicsContext gc, String label, ArrowPath path, Color colour, double width, double scale) {
        Point s = path.start();
        Point e = path.end();
        double head = Math.min(10 + 2 * width, path.length() * 0.5);
        boolean withHead = !levelOfDetail || head * scale >= 2;
        double angle = path.headAngle();
        boolean dashed = gc.getLineDashes() != null;
        // Shaft and head in one path when both are solid: one rasterising pass instead of two.
        gc.beginPath();
        gc.moveTo(s.x(), s.y());
        gc.lineTo(e.x(), e.y());
        if (dashed) {
            gc.stroke();
            gc.setLineDashes((double[]) null);
            gc.beginPath();
        }
        if (withHead) {
            gc.moveTo(e.x() - head * Math.cos(angle - HEAD_ANGLE), e.y() - head * Math.sin(angle - HEAD_ANGLE));
            gc.lineTo(e.x(), e.y());
            gc.lineTo(e.x() - head * Math.cos(angle + HEAD_ANGLE), e.y() - head * Math.sin(angle + HEAD_ANGLE));
        }
        gc.stroke();
        if (!label.isEmpty() && !(levelOfDetail && LabelLayout.ARROW_LABEL_SIZE * scale < MIN_TEXT_PIXELS)) {
            double size = LabelLayout.ARROW_LABEL_SIZE;
            double w = labels.width(label, size) + 8;
            double h = labels.lineHeight(size);
            Point m = path.midpoint();
            gc.setFill(colours.background());
            gc.fillRoundRect(m.x() - w / 2, m.y() - h / 2, w, h, 6, 6);
            label(gc, label, Rect.centredAt(m, w, h), size, colour, scale);
        }
    }
}
