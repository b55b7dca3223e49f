package app.rehearse.whiteboard;

import app.rehearse.whiteboard.JsonCursor.FieldNames;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one shape object of whiteboard.json, checking its fields against its kind. */
final class ShapeReader {
    static final int MAX_LABEL_LENGTH = 10_000;
    static final int MAX_POINTS = 100_000;

    private static final FieldNames SHAPE_FIELDS = new FieldNames("id", "kind", "stencil", "z", "x", "y", "w", "h",
            "points", "label", "stroke", "fill", "width", "pattern", "start", "end");
    private static final FieldNames ATTACHMENT_FIELDS = new FieldNames("shape", "ax", "ay");

    private final JsonCursor in;

    ShapeReader(JsonCursor in) {
        this.in = in;
    }

    Shape read() throws IOException, WhiteboardFormatException {
        JsonLocation start = in.startObject("a shape");
        Fields f = new Fields();
        long[] seen = {0};
        String name;
        while ((name = in.nextField(SHAPE_FIELDS, seen)) != null) {
            switch (name) {
                case "id":
                    f.id = in.string(ShapeId.MAX_LENGTH);
                    if (f.id.isEmpty()) {
                        throw in.fail("a shape id cannot be empty");
                    }
                    break;
                case "kind":
                    f.kind = in.token(ShapeKind::fromId, "shape kind", "rectangle, ellipse, text, pen, arrow or stencil");
                    break;
                case "stencil":
                    f.stencil = in.token(Stencil::fromId, "stencil", "one of the palette's components");
                    break;
                case "z":
                    f.z = in.wholeNumber();
                    break;
                case "x":
                    f.x = in.number();
                    break;
                case "y":
                    f.y = in.number();
                    break;
                case "w":
                    f.w = in.nonNegative();
                    break;
                case "h":
                    f.h = in.nonNegative();
                    break;
                case "points":
                    f.points = readPoints();
                    break;
                case "label":
                    f.label = in.string(MAX_LABEL_LENGTH);
                    break;
                case "stroke":
                    f.stroke = in.token(Palette::fromId, "colour", "a palette colour");
                    break;
                case "fill":
                    f.fill = in.token(Palette::fromId, "colour", "a palette colour");
                    break;
                case "width":
                    f.width = in.token(StrokeWidth::fromId, "stroke width", "thin, regular or bold");
                    break;
                case "pattern":
                    f.pattern = in.token(StrokePattern::fromId, "stroke pattern", "solid or dashed");
                    break;
                case "start":
                    f.start = readAttachment();
                    break;
                default:
                    f.end = readAttachment();
                    break;
            }
        }
        try {
            return f.build();
        } catch (IllegalArgumentException e) {
            throw JsonCursor.failAt(start, in.pointer(), e.getMessage());
        }
    }

    private List<Point> readPoints() throws IOException, WhiteboardFormatException {
        if (in.current() != JsonToken.START_ARRAY) {
            throw in.fail("\"points\" must be a list of numbers x0, y0, x1, y1, …");
        }
        List<Point> points = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            double x = in.number();
            if (in.next() == JsonToken.END_ARRAY) {
                throw in.fail("\"points\" needs an even count of numbers (x, y pairs)");
            }
            points.add(new Point(x, in.number()));
            if (points.size() > MAX_POINTS) {
                throw in.fail("a stroke may have at most " + MAX_POINTS + " points");
            }
        }
        return points;
    }

    private Attachment readAttachment() throws IOException, WhiteboardFormatException {
        JsonLocation start = in.startObject("an attachment");
        String shape = null;
        double ax = Double.NaN;
        double ay = Double.NaN;
        long[] seen = {0};
        String name;
        while ((name = in.nextField(ATTACHMENT_FIELDS, seen)) != null) {
            switch (name) {
                case "shape":
                    shape = in.string(ShapeId.MAX_LENGTH);
                    break;
                case "ax":
                    ax = in.number();
                    break;
                default:
                    ay = in.number();
                    break;
            }
        }
        if (shape == null || Double.isNaN(ax) || Double.isNaN(ay)) {
            throw JsonCursor.failAt(start, in.pointer(), "an attachment needs \"shape\", \"ax\" and \"ay\"");
        }
        try {
            return new Attachment(new ShapeId(shape), new Anchor(ax, ay));
        } catch (IllegalArgumentException e) {
            throw JsonCursor.failAt(start, in.pointer(), e.getMessage());
        }
    }

    /** The fields of one shape as read, checked against the kind once all are in. */
    private static final class Fields {
        String id;
        ShapeKind kind;
        Stencil stencil;
        Long z;
        double x = Double.NaN;
        double y = Double.NaN;
        double w = Double.NaN;
        double h = Double.NaN;
        List<Point> points;
        String label = "";
        Palette stroke = Style.DEFAULT.stroke();
        Palette fill = Style.DEFAULT.fill();
        StrokeWidth width = Style.DEFAULT.width();
        StrokePattern pattern = Style.DEFAULT.pattern();
        Attachment start;
        Attachment end;

        Shape build() {
            if (id == null || kind == null || z == null) {
                throw new IllegalArgumentException("a shape needs \"id\", \"kind\" and \"z\"");
            }
            boolean anyBox = !Double.isNaN(x) || !Double.isNaN(y) || !Double.isNaN(w) || !Double.isNaN(h);
            boolean wholeBox = !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(w) && !Double.isNaN(h);
            Rect bounds = null;
            if (kind.isDefinedByPoints()) {
                if (anyBox) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape takes \"points\", not x, y, w, h");
                }
                if (points == null) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape needs \"points\"");
                }
            } else {
                if (points != null) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape has no \"points\"");
                }
                if (!wholeBox) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape needs \"x\", \"y\", \"w\" and \"h\"");
                }
                bounds = new Rect(x, y, w, h);
            }
            return new Shape(new ShapeId(id), kind, bounds, z, label, new Style(stroke, fill, width, pattern),
                    Optional.ofNullable(stencil), points == null ? List.of() : points, Optional.ofNullable(start),
                    Optional.ofNullable(end));
        }
    }
}
