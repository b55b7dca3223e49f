package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Stencil.Outline;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws each stencil's silhouette inside its bounds (a cylinder for a database, a pipe for a queue…)
 * ({@link LabelBoxes} says where its label goes). Interiors and outlines are built from {@link Primitives} pieces;
 * the stroke paint, width and dashes are those already set on the context.
 */
final class StencilOutlines {
    private StencilOutlines() {}

    /** Draws with {@code gc} directly (palette icons): wraps it in fresh primitives at 1:1. */
    static void paint(GraphicsContext gc, Outline outline, Rect b, Color fill) {
        Primitives p = new Primitives();
        p.begin(gc);
        paint(p, outline, b, fill);
    }

    static void paint(Primitives p, Outline outline, Rect b, Color fill) {
        GraphicsContext gc = p.gc();
        double x = b.x();
        double y = b.y();
        double w = b.width();
        double h = b.height();
        double cx = x + w / 2;
        if (fill != null) {
            gc.setFill(fill);
        }
        switch (outline) {
            case RECTANGLE:
                if (fill != null) {
                    p.fillRect(x, y, w, h);
                }
                p.strokeRect(x, y, w, h);
                break;
            case ROUNDED_RECTANGLE:
                roundRect(p, x, y, w, h, Math.min(12, Math.min(w, h) / 4), fill);
                break;
            case MONITOR: {
                double screen = h * 0.8;
                roundRect(p, x, y, w, screen, Math.min(8, Math.min(w, h) / 6), fill);
                p.line(cx, y + screen, cx, y + h);
                p.line(cx - w * 0.18, y + h, cx + w * 0.18, y + h);
                break;
            }
            case PHONE: {
                roundRect(p, x, y, w, h, Math.min(w, h) * 0.22, fill);
                p.line(cx - w * 0.12, y + h * 0.08, cx + w * 0.12, y + h * 0.08);
                double r = Math.min(w, h) * 0.05;
                p.strokeOval(cx - r, y + h * 0.91 - r, 2 * r, 2 * r);
                break;
            }
            case CIRCLE:
                if (fill != null) {
                    p.fillOval(x, y, w, h);
                }
                p.strokeOval(x, y, w, h);
                break;
            case HEXAGON: {
                double i = Math.min(h * 0.35, w * 0.25);
                if (fill != null) {
                    p.fillRect(x + i, y, w - 2 * i, h);
                    p.fillPolygon(new double[] {x + i, x, x + i}, new double[] {y, y + h / 2, y + h});
                    p.fillPolygon(new double[] {x + w - i, x + w, x + w - i}, new double[] {y, y + h / 2, y + h});
                }
                p.line(x + i, y, x + w - i, y);
                p.line(x + w - i, y, x + w, y + h / 2);
                p.line(x + w, y + h / 2, x + w - i, y + h);
                p.line(x + w - i, y + h, x + i, y + h);
                p.line(x + i, y + h, x, y + h / 2);
                p.line(x, y + h / 2, x + i, y);
                break;
            }
            case CYLINDER: {
                double ry = LabelBoxes.cylinderCap(w, h);
                if (fill != null) {
                    p.fillRect(x, y + ry, w, h - 2 * ry);
                    p.fillOval(x, y + h - 2 * ry, w, 2 * ry);
                    p.fillOval(x, y, w, 2 * ry);
                }
                p.line(x, y + ry, x, y + h - ry);
                p.line(x + w, y + ry, x + w, y + h - ry);
                p.strokeArc(cx, y + h - ry, w / 2, ry, 180, 360);
                p.strokeOval(x, y, w, 2 * ry);
                break;
            }
            case PIPE: {
                double rx = LabelBoxes.pipeCap(w, h);
                double cy = y + h / 2;
                if (fill != null) {
                    p.fillRect(x + rx, y, w - 2 * rx, h);
                    p.fillOval(x, y, 2 * rx, h);
                    p.fillOval(x + w - 2 * rx, y, 2 * rx, h);
                }
                p.line(x + rx, y, x + w - rx, y);
                p.line(x + rx, y + h, x + w - rx, y + h);
                p.strokeArc(x + rx, cy, rx, h / 2, 90, 270);
                p.strokeOval(x + w - 2 * rx, y, 2 * rx, h);
                break;
            }
            case BUCKET: {
                double ry = Math.min(h * 0.14, 14);
                double inset = w * 0.1;
                double bottom = ry * 0.8;
                if (fill != null) {
                    p.fillPolygon(new double[] {x, x + w, x + w - inset, x + inset},
                            new double[] {y + ry, y + ry, y + h - bottom, y + h - bottom});
                    p.fillOval(x + inset, y + h - 2 * bottom, w - 2 * inset, 2 * bottom);
                    p.fillOval(x, y, w, 2 * ry);
                }
                p.line(x, y + ry, x + inset, y + h - bottom);
                p.line(x + w, y + ry, x + w - inset, y + h - bottom);
                p.strokeArc(cx, y + h - bottom, w / 2 - inset, bottom, 180, 360);
                p.strokeOval(x, y, w, 2 * ry);
                break;
            }
            case CLOUD:
                cloud(p, x, y, w, h, fill);
                break;
            case DOCUMENT: {
                double f = Math.min(w, h) * 0.22;
                if (fill != null) {
                    p.fillRect(x, y + f, w, h - f);
                    p.fillRect(x, y, w - f, f);
                    p.fillPolygon(new double[] {x + w - f, x + w, x + w - f}, new double[] {y, y + f, y + f});
                }
                p.line(x, y, x + w - f, y);
                p.line(x + w - f, y, x + w, y + f);
                p.line(x + w, y + f, x + w, y + h);
                p.line(x + w, y + h, x, y + h);
                p.line(x, y + h, x, y);
                p.line(x + w - f, y, x + w - f, y + f);
                p.line(x + w - f, y + f, x + w, y + f);
                break;
            }
            case STACK: {
                double o = LabelBoxes.stackOffset(w, h);
                double r = Math.min(10, Math.min(w, h) / 5);
                roundRect(p, x + 2 * o, y, w - 2 * o, h - 2 * o, r, fill);
                roundRect(p, x + o, y + o, w - 2 * o, h - 2 * o, r, fill);
                roundRect(p, x, y + 2 * o, w - 2 * o, h - 2 * o, r, fill);
                break;
            }
            default:
                throw new IllegalArgumentException("no outline for " + outline);
        }
    }

    private static void roundRect(Primitives p, double x, double y, double w, double h, double r, Color fill) {
        if (fill != null) {
            p.gc().setFill(fill);
            p.fillRoundRect(x, y, w, h, r);
        }
        p.strokeRoundRect(x, y, w, h, r);
    }

    /** Three bumps over a flat base, as a polygon: filled once, stroked in pieces. */
    private static void cloud(Primitives p, double x, double y, double w, double h, Color fill) {
        double[][] bumps = {
            {0.2, 0.68, 0.17, 0.24, 270, 100},
            {0.45, 0.42, 0.24, 0.34, 165, 20},
            {0.78, 0.62, 0.2, 0.3, 110, -90},
        };
        int perBump = 12;
        double[] xs = new double[bumps.length * (perBump + 1) + 1];
        double[] ys = new double[xs.length];
        int n = 0;
        for (double[] bump : bumps) {
            for (int i = 0; i <= perBump; i++) {
                double a = Math.toRadians(bump[4] + (bump[5] - bump[4]) * i / perBump);
                xs[n] = x + w * (bump[0] + bump[2] * Math.cos(a));
                ys[n] = y + h * (bump[1] - bump[3] * Math.sin(a));
                n++;
            }
        }
        xs[n] = xs[0];
        ys[n] = ys[0];
        n++;
        if (fill != null) {
            p.gc().fillPolygon(xs, ys, n);
        }
        p.strokePolyline(xs, ys, n);
    }
}
