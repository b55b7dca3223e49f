package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.StrokePattern;
import app.rehearse.whiteboard.Style;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints one shape in board coordinates ({@code gc} already carries the viewport transform). Below
 * a few pixels on screen a shape is drawn as a plain block and its text is left out: at that size
 * neither can be read, and skipping them keeps a zoomed-out repaint of thousands of shapes fast.
 */
final class ShapePainter {
    /** Text smaller than this on screen (pixels) is not drawn. */
    static final double MIN_TEXT_PIXELS = 4;
    /** Closed shapes smaller than this on screen (pixels) are drawn as a block. */
    static final double MIN_DETAIL_PIXELS = 6;
    private static final double HEAD_ANGLE = Math.toRadians(27);

    private final BoardColours colours;
    private final LabelLayout labels;
    private boolean levelOfDetail = true;

    ShapePainter(BoardColours colours, LabelLayout labels) {
        this.colours = colours;
        this.labels = labels;
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
        if (levelOfDetail && shape.kind() != app.rehearse.whiteboard.ShapeKind.ARROW
                && shape.kind() != app.rehearse.whiteboard.ShapeKind.PEN
                && Math.max(b.width(), b.height()) * scale < MIN_DETAIL_PIXELS) {
            gc.setFill(fill != null ? fill : stroke);
            gc.fillRect(b.x(), b.y(), Math.max(b.width(), 1 / scale), Math.max(b.height(), 1 / scale));
            return;
        }
        double width = style.width().units();
        gc.setStroke(stroke);
        gc.setLineWidth(width);
        gc.setLineDashes(style.pattern() == StrokePattern.DASHED ? new double[] {width * 4 + 4, width * 3 + 3}
                : null);
        switch (shape.kind()) {
            case RECTANGLE:
                if (fill != null) {
                    gc.setFill(fill);
                    gc.fillRect(b.x(), b.y(), b.width(), b.height());
                }
                gc.strokeRect(b.x(), b.y(), b.width(), b.height());
                label(gc, shape.label(), b.inflate(-8), LabelLayout.LABEL_SIZE, stroke, scale);
                break;
            case ELLIPSE:
                if (fill != null) {
                    gc.setFill(fill);
                    gc.fillOval(b.x(), b.y(), b.width(), b.height());
                }
                gc.strokeOval(b.x(), b.y(), b.width(), b.height());
                label(gc, shape.label(), b.inflate(-Math.min(b.width(), b.height()) * 0.12), LabelLayout.LABEL_SIZE,
                        stroke, scale);
                break;
            case STENCIL: {
                var outline = shape.stencil().orElseThrow().outline();
                StencilOutlines.paint(gc, outline, b, fill);
                label(gc, shape.label(), StencilOutlines.labelBox(outline, b).inflate(-6), LabelLayout.LABEL_SIZE,
                        stroke, scale);
                break;
            }
            case TEXT:
                text(gc, shape, stroke, scale);
                break;
            case PEN:
                pen(gc, shape.points(), stroke, width);
                break;
            case ARROW:
                arrow(gc, shape, path, stroke, width, scale);
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
        gc.setFill(colour);
        gc.setFont(labels.font(size));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), box.centre().x(), top + (i + 0.5) * lineHeight);
        }
    }

    private void text(GraphicsContext gc, Shape shape, Color colour, double scale) {
        if (levelOfDetail && LabelLayout.TEXT_SIZE * scale < MIN_TEXT_PIXELS) {
            Rect b = shape.bounds();
            gc.setFill(colour.deriveColor(0, 1, 1, 0.35));
            gc.fillRect(b.x(), b.y() + b.height() * 0.3, b.width(), b.height() * 0.4);
            return;
        }
        String[] lines = shape.label().split("\n", -1);
        double lineHeight = labels.lineHeight(LabelLayout.TEXT_SIZE);
        gc.setFill(colour);
        gc.setFont(labels.font(LabelLayout.TEXT_SIZE));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.length; i++) {
            gc.fillText(lines[i], shape.bounds().x() + 1, shape.bounds().y() + (i + 0.5) * lineHeight);
        }
    }

    private static void pen(GraphicsContext gc, List<Point> points, Color colour, double width) {
        if (points.size() == 1) {
            Point p = points.get(0);
            gc.setFill(colour);
            gc.fillOval(p.x() - width, p.y() - width, 2 * width, 2 * width);
            return;
        }
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.beginPath();
        gc.moveTo(points.get(0).x(), points.get(0).y());
        // Quadratic pieces through the midpoints: the smoothed points read as one flowing curve.
        for (int i = 1; i < points.size() - 1; i++) {
            Point p = points.get(i);
            Point next = points.get(i + 1);
            gc.quadraticCurveTo(p.x(), p.y(), (p.x() + next.x()) / 2, (p.y() + next.y()) / 2);
        }
        Point last = points.get(points.size() - 1);
        gc.lineTo(last.x(), last.y());
        gc.stroke();
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
    }

    private void arrow(GraphicsContext gc, Shape shape, ArrowPath path, Color colour, double width, double scale) {
        Point s = path.start();
        Point e = path.end();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.strokeLine(s.x(), s.y(), e.x(), e.y());
        double head = Math.min(10 + 2 * width, path.length() * 0.5);
        if (!levelOfDetail || head * scale >= 2) {
            gc.setLineDashes((double[]) null);
            double angle = path.headAngle();
            gc.beginPath();
            gc.moveTo(e.x() - head * Math.cos(angle - HEAD_ANGLE), e.y() - head * Math.sin(angle - HEAD_ANGLE));
            gc.lineTo(e.x(), e.y());
            gc.lineTo(e.x() - head * Math.cos(angle + HEAD_ANGLE), e.y() - head * Math.sin(angle + HEAD_ANGLE));
            gc.stroke();
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
        String label = shape.label();
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
