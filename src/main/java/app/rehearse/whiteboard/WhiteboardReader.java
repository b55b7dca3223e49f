package app.rehearse.whiteboard;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Streams whiteboard.json into a {@link SavedBoard}, strictly: unknown or misplaced fields, wrong
 * types, out-of-range values and oversized text are errors naming line, column and JSON pointer.
 * Only the structure is checked here; {@link WhiteboardCodec} then checks that the shapes and the
 * log are consistent.
 */
final class WhiteboardReader {
    static final int MAX_LABEL_LENGTH = 10_000;
    static final int MAX_NAME_LENGTH = 500;
    static final int MAX_POINTS = 100_000;

    private static final FieldNames ROOT_FIELDS = new FieldNames("version", "shapes", "log");
    private static final FieldNames ENTRY_FIELDS = new FieldNames("t", "phase", "origin", "action", "added", "removed",
            "updated");
    private static final FieldNames UPDATE_FIELDS = new FieldNames("before", "after");
    private static final FieldNames SHAPE_FIELDS = new FieldNames("id", "kind", "stencil", "z", "x", "y", "w", "h",
            "points", "label", "stroke", "fill", "width", "pattern", "start", "end");
    private static final FieldNames ATTACHMENT_FIELDS = new FieldNames("shape", "ax", "ay");

    private final JsonParser p;
    private final List<JsonLocation> entryStarts = new ArrayList<>();
    private JsonLocation shapesStart = JsonLocation.NA;
    private JsonLocation logStart = JsonLocation.NA;

    WhiteboardReader(JsonParser parser) {
        this.p = parser;
    }

    /** Where each log entry began, for reporting an entry that does not replay. */
    JsonLocation entryStart(int entry) {
        return entryStarts.get(entry);
    }

    JsonLocation shapesStart() {
        return shapesStart;
    }

    JsonLocation logStart() {
        return logStart;
    }

    SavedBoard read() throws IOException, WhiteboardFormatException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw fail("the file is empty; expected a whiteboard object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw fail("expected a whiteboard object");
        }
        boolean versioned = false;
        List<Shape> shapes = null;
        List<LogEntry> log = null;
        String name;
        long seen = 0;
        while ((name = p.nextFieldName()) != null) {
            seen = ROOT_FIELDS.mark(seen, name, this);
            p.nextToken();
            switch (name) {
                case "version":
                    readVersion();
                    versioned = true;
                    break;
                case "shapes":
                    shapesStart = p.currentTokenLocation();
                    shapes = readList("shape", this::readShape);
                    break;
                case "log":
                    logStart = p.currentTokenLocation();
                    log = readList("log entry", this::readEntry);
                    break;
                default:
                    throw unknownField(name);
            }
        }
        JsonLocation end = p.currentTokenLocation();
        if (p.nextToken() != null) {
            throw fail("unexpected content after the whiteboard object");
        }
        if (!versioned) {
            throw failAt(end, "", "missing \"version\"; this is not a whiteboard file");
        }
        if (shapes == null || log == null) {
            throw failAt(end, "", "missing \"" + (shapes == null ? "shapes" : "log") + "\"");
        }
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(Comparator.comparingLong(Shape::z));
        return new SavedBoard(sorted, log);
    }

    private void readVersion() throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail("\"version\" must be a whole number");
        }
        long version = p.getLongValue();
        if (version > WhiteboardCodec.VERSION) {
            JsonLocation at = p.currentTokenLocation();
            throw WhiteboardFormatException.newerVersion((int) Math.min(Integer.MAX_VALUE, version), at.getLineNr(),
                    at.getColumnNr());
        }
        if (version < 1) {
            throw fail("unknown format version " + version);
        }
    }

    private interface ItemReader<T> {
        T read() throws IOException, WhiteboardFormatException;
    }

    private <T> List<T> readList(String what, ItemReader<T> item) throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("expected a list of each " + what);
        }
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(item.read());
        }
        return items;
    }

    private LogEntry readEntry() throws IOException, WhiteboardFormatException {
        JsonLocation start = startObject("log entry");
        entryStarts.add(start);
        Long t = null;
        String phase = null;
        LogEntry.Origin origin = null;
        String action = null;
        List<Shape> added = List.of();
        List<Shape> removed = List.of();
        List<Delta.Update> updated = List.of();
        String name;
        long seen = 0;
        while ((name = p.nextFieldName()) != null) {
            seen = ENTRY_FIELDS.mark(seen, name, this);
            p.nextToken();
            switch (name) {
                case "t":
                    t = wholeNumber();
                    if (t < 0) {
                        throw fail("a change cannot happen before the session started");
                    }
                    break;
                case "phase":
                    phase = string(MAX_NAME_LENGTH);
                    break;
                case "origin":
                    origin = token(WhiteboardReader::origin, "origin", "edit, undo or redo");
                    break;
                case "action":
                    action = string(MAX_NAME_LENGTH);
                    break;
                case "added":
                    added = readList("shape", this::readShape);
                    break;
                case "removed":
                    removed = readList("shape", this::readShape);
                    break;
                case "updated":
                    updated = readList("update", this::readUpdate);
                    break;
                default:
                    throw unknownField(name);
            }
        }
        if (t == null || phase == null || origin == null || action == null) {
            throw failAt(start, pointer(), "a log entry needs \"t\", \"phase\", \"origin\" and \"action\"");
        }
        try {
            return new LogEntry(t, phase, origin, action, new Delta(added, removed, updated));
        } catch (IllegalArgumentException e) {
            throw failAt(start, pointer(), e.getMessage());
        }
    }

    private Delta.Update readUpdate() throws IOException, WhiteboardFormatException {
        JsonLocation start = startObject("update");
        Shape before = null;
        Shape after = null;
        String name;
        long seen = 0;
        while ((name = p.nextFieldName()) != null) {
            seen = UPDATE_FIELDS.mark(seen, name, this);
            p.nextToken();
            switch (name) {
                case "before":
                    before = readShape();
                    break;
                case "after":
                    after = readShape();
                    break;
                default:
                    throw unknownField(name);
            }
        }
        if (before == null || after == null) {
            throw failAt(start, pointer(), "an update needs \"before\" and \"after\"");
        }
        try {
            return new Delta.Update(before, after);
        } catch (IllegalArgumentException e) {
            throw failAt(start, pointer(), e.getMessage());
        }
    }

    private Shape readShape() throws IOException, WhiteboardFormatException {
        JsonLocation start = startObject("shape");
        ShapeFields f = new ShapeFields();
        String name;
        long seen = 0;
        while ((name = p.nextFieldName()) != null) {
            seen = SHAPE_FIELDS.mark(seen, name, this);
            p.nextToken();
            switch (name) {
                case "id":
                    f.id = string(ShapeId.MAX_LENGTH);
                    if (f.id.isEmpty()) {
                        throw fail("a shape id cannot be empty");
                    }
                    break;
                case "kind":
                    f.kind = token(ShapeKind::fromId, "shape kind", "rectangle, ellipse, text, pen, arrow or stencil");
                    break;
                case "stencil":
                    f.stencil = token(Stencil::fromId, "stencil", "one of the palette's components");
                    break;
                case "z":
                    f.z = wholeNumber();
                    break;
                case "x":
                    f.x = number();
                    break;
                case "y":
                    f.y = number();
                    break;
                case "w":
                    f.w = nonNegative();
                    break;
                case "h":
                    f.h = nonNegative();
                    break;
                case "points":
                    f.points = readPoints();
                    break;
                case "label":
                    f.label = string(MAX_LABEL_LENGTH);
                    break;
                case "stroke":
                    f.stroke = token(Palette::fromId, "colour", "a palette colour");
                    break;
                case "fill":
                    f.fill = token(Palette::fromId, "colour", "a palette colour");
                    break;
                case "width":
                    f.width = token(StrokeWidth::fromId, "stroke width", "thin, regular or bold");
                    break;
                case "pattern":
                    f.pattern = token(StrokePattern::fromId, "stroke pattern", "solid or dashed");
                    break;
                case "start":
                    f.start = readAttachment();
                    break;
                case "end":
                    f.end = readAttachment();
                    break;
                default:
                    throw unknownField(name);
            }
        }
        try {
            return f.build();
        } catch (IllegalArgumentException e) {
            throw failAt(start, pointer(), e.getMessage());
        }
    }

    private List<Point> readPoints() throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("\"points\" must be a list of numbers x0, y0, x1, y1, …");
        }
        List<Point> points = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            double x = number();
            if (p.nextToken() == JsonToken.END_ARRAY) {
                throw fail("\"points\" needs an even count of numbers (x, y pairs)");
            }
            points.add(new Point(x, number()));
            if (points.size() > MAX_POINTS) {
                throw fail("a stroke may have at most " + MAX_POINTS + " points");
            }
        }
        return points;
    }

    private Attachment readAttachment() throws IOException, WhiteboardFormatException {
        JsonLocation start = startObject("attachment");
        String shape = null;
        Double ax = null;
        Double ay = null;
        String name;
        long seen = 0;
        while ((name = p.nextFieldName()) != null) {
            seen = ATTACHMENT_FIELDS.mark(seen, name, this);
            p.nextToken();
            switch (name) {
                case "shape":
                    shape = string(ShapeId.MAX_LENGTH);
                    break;
                case "ax":
                    ax = number();
                    break;
                case "ay":
                    ay = number();
                    break;
                default:
                    throw unknownField(name);
            }
        }
        if (shape == null || ax == null || ay == null) {
            throw failAt(start, pointer(), "an attachment needs \"shape\", \"ax\" and \"ay\"");
        }
        try {
            return new Attachment(new ShapeId(shape), new Anchor(ax, ay));
        } catch (IllegalArgumentException e) {
            throw failAt(start, pointer(), e.getMessage());
        }
    }

    private static Optional<LogEntry.Origin> origin(String id) {
        for (LogEntry.Origin o : LogEntry.Origin.values()) {
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private JsonLocation startObject(String what) throws WhiteboardFormatException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail("expected a " + what + " object");
        }
        return p.currentTokenLocation();
    }

    private <T> T token(Function<String, Optional<T>> lookup, String what, String expected)
            throws IOException, WhiteboardFormatException {
        String text = string(100);
        return lookup.apply(text).orElseThrow(() -> fail("unknown " + what + " \"" + text + "\"; expected " + expected));
    }

    private String string(int maxLength) throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("expected text");
        }
        String text = p.getText();
        if (text.length() > maxLength) {
            throw fail("text longer than " + maxLength + " characters");
        }
        return text;
    }

    private long wholeNumber() throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail("expected a whole number");
        }
        return p.getLongValue();
    }

    private double number() throws IOException, WhiteboardFormatException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail("expected a number");
        }
        double value = p.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw fail("number out of range");
        }
        return value;
    }

    private double nonNegative() throws IOException, WhiteboardFormatException {
        double value = number();
        if (value < 0) {
            throw fail("a size cannot be negative");
        }
        return value;
    }

    private WhiteboardFormatException unknownField(String name) {
        return failAt(p.currentTokenLocation(), pointer(), "unknown field \"" + name + "\"");
    }

    /** Where the parser is; after an object's last field, the pointer of that object. */
    private String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    WhiteboardFormatException fail(String message) {
        return failAt(p.currentTokenLocation(), pointer(), message);
    }

    static WhiteboardFormatException failAt(JsonLocation at, String pointer, String message) {
        return new WhiteboardFormatException(message, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                pointer);
    }

    /**
     * The fields one kind of object may have. Marking a field as read rejects unknown and repeated
     * names (a repeated key must not silently win) at the cost of a few comparisons; Jackson's own
     * duplicate detection costs a hash set per object.
     */
    private static final class FieldNames {
        private final String[] names;

        FieldNames(String... names) {
            this.names = names;
        }

        long mark(long seen, String name, WhiteboardReader reader) throws WhiteboardFormatException {
            for (int i = 0; i < names.length; i++) {
                // Jackson hands out canonical (interned) names, so identity usually decides at once.
                if (names[i] == name || names[i].equals(name)) {
                    long bit = 1L << i;
                    if ((seen & bit) != 0) {
                        throw reader.fail("field \"" + name + "\" appears twice");
                    }
                    return seen | bit;
                }
            }
            throw reader.unknownField(name);
        }
    }

    /** The fields of one shape as read, checked for the kind once all are in. */
    private static final class ShapeFields {
        String id;
        ShapeKind kind;
        Stencil stencil;
        Long z;
        Double x;
        Double y;
        Double w;
        Double h;
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
            boolean box = x != null || y != null || w != null || h != null;
            Rect bounds = null;
            if (kind.isDefinedByPoints()) {
                if (box) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape takes \"points\", not x, y, w, h");
                }
                if (points == null) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape needs \"points\"");
                }
            } else {
                if (points != null) {
                    throw new IllegalArgumentException("a " + kind.id() + " shape has no \"points\"");
                }
                if (x == null || y == null || w == null || h == null) {
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
