package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Stencil.Outline;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws each stencil's silhouette inside its bounds (a cylinder for a database, a pipe for a queue…)
 * and says where its label goes. Uses the current stroke paint, line width and dashes of {@code gc}.
 */
final class StencilOutlines {
    private StencilOutlines() {}

    static void paint(GraphicsContext gc, Outline outline, Rect b, Color fill) {
        double x = b.x();
        double y = b.y();
        double w = b.width();
        double h = b.height();
        double cx = x + w / 2;
        switch (outline) {
            case RECTANGLE:
                gc.beginPath();
                gc.rect(x, y, w, h);
                fillAndStroke(gc, fill);
                break;
            case ROUNDED_RECTANGLE:
                roundRect(gc, x, y, w, h, Math.min(12, Math.min(w, h) / 4), fill);
                break;
            case MONITOR: {
                double screen = h * 0.8;
                roundRect(gc, x, y, w, screen, Math.min(8, Math.min(w, h) / 6), fill);
                gc.strokeLine(cx, y + screen, cx, y + h);
                gc.strokeLine(cx - w * 0.18, y + h, cx + w * 0.18, y + h);
                break;
            }
            case PHONE: {
                roundRect(gc, x, y, w, h, Math.min(w, h) * 0.22, fill);
                gc.strokeLine(cx - w * 0.12, y + h * 0.08, cx + w * 0.12, y + h * 0.08);
                double r = Math.min(w, h) * 0.05;
                gc.strokeOval(cx - r, y + h * 0.91 - r, 2 * r, 2 * r);
                break;
            }
            case CIRCLE:
                if (fill != null) {
                    gc.setFill(fill);
                    gc.fillOval(x, y, w, h);
                }
                gc.strokeOval(x, y, w, h);
                break;
            case HEXAGON: {
                double i = Math.min(h * 0.35, w * 0.25);
                gc.beginPath();
                gc.moveTo(x + i, y);
                gc.lineTo(x + w - i, y);
                gc.lineTo(x + w, y + h / 2);
                gc.lineTo(x + w - i, y + h);
                gc.lineTo(x + i, y + h);
                gc.lineTo(x, y + h / 2);
                gc.closePath();
                fillAndStroke(gc, fill);
                break;
            }
            case CYLINDER: {
                double ry = cylinderCap(w, h);
                gc.beginPath();
                gc.moveTo(x, y + ry);
                gc.lineTo(x, y + h - ry);
                arc(gc, cx, y + h - ry, w / 2, ry, 180, 360);
                gc.lineTo(x + w, y + ry);
                arc(gc, cx, y + ry, w / 2, ry, 0, 180);
                gc.closePath();
                fillAndStroke(gc, fill);
                gc.beginPath();
                gc.moveTo(x, y + ry);
                arc(gc, cx, y + ry, w / 2, ry, 180, 360);
                gc.stroke();
                break;
            }
            case PIPE: {
                double rx = pipeCap(w, h);
                double cy = y + h / 2;
                gc.beginPath();
                gc.moveTo(x + rx, y);
                gc.lineTo(x + w - rx, y);
                arc(gc, x + w - rx, cy, rx, h / 2, 90, -90);
                gc.lineTo(x + rx, y + h);
                arc(gc, x + rx, cy, rx, h / 2, 270, 90);
                gc.closePath();
                fillAndStroke(gc, fill);
                gc.beginPath();
                gc.moveTo(x + w - rx, y);
                arc(gc, x + w - rx, cy, rx, h / 2, 90, 270);
                gc.stroke();
                break;
            }
            case BUCKET: {
                double ry = Math.min(h * 0.14, 14);
                double inset = w * 0.1;
                double bottom = ry * 0.8;
                gc.beginPath();
                gc.moveTo(x, y + ry);
                gc.lineTo(x + inset, y + h - bottom);
                arc(gc, cx, y + h - bottom, w / 2 - inset, bottom, 180, 360);
                gc.lineTo(x + w, y + ry);
                arc(gc, cx, y + ry, w / 2, ry, 0, 180);
                gc.closePath();
                fillAndStroke(gc, fill);
                gc.beginPath();
                gc.moveTo(x, y + ry);
                arc(gc, cx, y + ry, w / 2, ry, 180, 360);
                gc.stroke();
                break;
            }
            case CLOUD:
                gc.beginPath();
                gc.moveTo(x + w * 0.2, y + h * 0.92);
                arc(gc, x + w * 0.2, y + h * 0.68, w * 0.17, h * 0.24, 270, 100);
                arc(gc, x + w * 0.45, y + h * 0.42, w * 0.24, h * 0.34, 165, 20);
                arc(gc, x + w * 0.78, y + h * 0.62, w * 0.2, h * 0.3, 110, -90);
                gc.closePath();
                fillAndStroke(gc, fill);
                break;
            case DOCUMENT: {
                double f = Math.min(w, h) * 0.22;
                gc.beginPath();
                gc.moveTo(x, y);
                gc.lineTo(x + w - f, y);
                gc.lineTo(x + w, y + f);
                gc.lineTo(x + w, y + h);
                gc.lineTo(x, y + h);
                gc.closePath();
                fillAndStroke(gc, fill);
                gc.beginPath();
                gc.moveTo(x + w - f, y);
                gc.lineTo(x + w - f, y + f);
                gc.lineTo(x + w, y + f);
                gc.stroke();
                break;
            }
            case STACK: {
                double o = stackOffset(w, h);
                double r = Math.min(10, Math.min(w, h) / 5);
                roundRect(gc, x + 2 * o, y, w - 2 * o, h - 2 * o, r, fill);
                roundRect(gc, x + o, y + o, w - 2 * o, h - 2 * o, r, fill);
                roundRect(gc, x, y + 2 * o, w - 2 * o, h - 2 * o, r, fill);
                break;
            }
            default:
                throw new IllegalArgumentException("no outline for " + outline);
        }
    }

    /** Where the label of a stencil with this outline is centred: the body, not the cap or the stand. */
    static Rect labelBox(Outline outline, Rect b) {
        double x = b.x();
        double y = b.y();
        double w = b.width();
        double h = b.height();
        switch (outline) {
            case MONITOR:
                return new Rect(x, y, w, h * 0.8);
            case PHONE:
                return new Rect(x, y + h * 0.14, w, h * 0.68);
            case CIRCLE:
                return b.inflate(-Math.min(w, h) * 0.04);
            case HEXAGON: {
                double i = Math.min(h * 0.35, w * 0.25) * 0.6;
                return new Rect(x + i, y, Math.max(0, w - 2 * i), h);
            }
            case CYLINDER: {
                double ry = cylinderCap(w, h);
                return new Rect(x, y + 2 * ry, w, Math.max(0, h - 3 * ry));
            }
            case PIPE: {
                double rx = pipeCap(w, h);
                return new Rect(x + rx, y, Math.max(0, w - 3 * rx), h);
            }
            case BUCKET: {
                double ry = Math.min(h * 0.14, 14);
                return new Rect(x + w * 0.1, y + 2 * ry, w * 0.8, Math.max(0, h - 2.8 * ry));
            }
            case CLOUD:
                return new Rect(x + w * 0.12, y + h * 0.3, w * 0.76, h * 0.58);
            case STACK: {
                double o = stackOffset(w, h);
                return new Rect(x, y + 2 * o, w - 2 * o, h - 2 * o);
            }
            default:
                return b;
        }
    }

    private static double cylinderCap(double w, double h) {
        return Math.min(Math.min(h * 0.15, w * 0.2), 16);
    }

    private static double pipeCap(double w, double h) {
        return Math.min(Math.min(w * 0.12, h * 0.3), 16);
    }

    private static double stackOffset(double w, double h) {
        return Math.min(8, Math.min(w * 0.06, h * 0.1));
    }

    private static void roundRect(GraphicsContext gc, double x, double y, double w, double h, double r, Color fill) {
        if (fill != null) {
            gc.setFill(fill);
            gc.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
        }
        gc.strokeRoundRect(x, y, w, h, 2 * r, 2 * r);
    }

    private static void fillAndStroke(GraphicsContext gc, Color fill) {
        if (fill != null) {
            gc.setFill(fill);
            gc.fill();
        }
        gc.stroke();
    }

    /**
     * Continues the path along the ellipse centred at (cx, cy) from angle {@code from} to {@code to}
     * (degrees, counter-clockwise as seen on screen, 0 pointing right), in cubic pieces of at most 90°.
     */
    static void arc(GraphicsContext gc, double cx, double cy, double rx, double ry, double from, double to) {
        int pieces = (int) Math.ceil(Math.abs(to - from) / 90);
        double step = Math.toRadians((to - from) / Math.max(1, pieces));
        double a0 = Math.toRadians(from);
        gc.lineTo(cx + rx * Math.cos(a0), cy - ry * Math.sin(a0));
        for (int i = 0; i < pieces; i++) {
            double a1 = a0 + step;
            double k = 4.0 / 3 * Math.tan(step / 4);
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
