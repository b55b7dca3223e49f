package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Stencil.Outline;

/**
 * Where a shape's label is centred: the body of a stencil (not a cylinder's cap or a monitor's
 * stand), inside an ellipse, or the whole box. Shared by the painter and the in-place editor, and
 * the proportions of the stencil outlines that decide it.
 */
final class LabelBoxes {
    private LabelBoxes() {}

    /** The box the label of {@code shape} is centred and wrapped in, before any padding. */
    static Rect of(Shape shape) {
        Rect b = shape.bounds();
        if (shape.kind() == ShapeKind.STENCIL) {
            return labelBox(shape.stencil().orElseThrow().outline(), b);
        }
        if (shape.kind() == ShapeKind.ELLIPSE) {
            return b.inflate(-Math.min(b.width(), b.height()) * 0.12);
        }
        return b;
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

    static double cylinderCap(double w, double h) {
        return Math.min(Math.min(h * 0.15, w * 0.2), 16);
    }

    static double pipeCap(double w, double h) {
        return Math.min(Math.min(w * 0.12, h * 0.3), 16);
    }

    static double stackOffset(double w, double h) {
        return Math.min(8, Math.min(w * 0.06, h * 0.1));
    }

}
