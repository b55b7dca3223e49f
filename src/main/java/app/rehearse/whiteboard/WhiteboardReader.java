package app.rehearse.whiteboard;

import app.rehearse.whiteboard.JsonCursor.FieldNames;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Streams whiteboard.json into a {@link SavedBoard}, strictly: unknown, repeated or misplaced
 * fields, wrong types, out-of-range values and oversized text are errors naming line, column and
 * JSON pointer. Only the structure is checked here; {@link WhiteboardCodec} then checks that the
 * shapes and the log are consistent, using the positions remembered here to say where.
 */
final class WhiteboardReader {
    static final int MAX_NAME_LENGTH = 500;

    private static final FieldNames ROOT_FIELDS = new FieldNames("version", "shapes", "log");
    private static final FieldNames ENTRY_FIELDS = new FieldNames("t", "phase", "origin", "action", "added", "removed",
            "updated");
    private static final FieldNames UPDATE_FIELDS = new FieldNames("before", "after");

    private final JsonCursor in;
    private final ShapeReader shapes;
    private final List<JsonLocation> entryStarts = new ArrayList<>();
    private JsonLocation shapesStart = JsonLocation.NA;
    private JsonLocation logStart = JsonLocation.NA;

    WhiteboardReader(JsonParser parser) {
        this.in = new JsonCursor(parser);
        this.shapes = new ShapeReader(in);
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
        JsonToken first = in.next();
        if (first == null) {
            throw in.fail("the file is empty; expected a whiteboard object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw in.fail("expected a whiteboard object");
        }
        boolean versioned = false;
        List<Shape> board = null;
        List<LogEntry> log = null;
        long[] seen = {0};
        String name;
        while ((name = in.nextField(ROOT_FIELDS, seen)) != null) {
            switch (name) {
                case "version":
                    readVersion();
                    versioned = true;
                    break;
                case "shapes":
                    shapesStart = in.location();
                    board = in.list("shapes", shapes::read);
                    break;
                default:
                    logStart = in.location();
                    log = in.list("log entries", this::readEntry);
                    break;
            }
        }
        JsonLocation end = in.location();
        if (in.next() != null) {
            throw in.fail("unexpected content after the whiteboard object");
        }
        if (!versioned) {
            throw JsonCursor.failAt(end, "", "missing \"version\"; this is not a whiteboard file");
        }
        if (board == null || log == null) {
            throw JsonCursor.failAt(end, "", "missing \"" + (board == null ? "shapes" : "log") + "\"");
        }
        List<Shape> sorted = new ArrayList<>(board);
        sorted.sort(Comparator.comparingLong(Shape::z));
        return new SavedBoard(sorted, log);
    }

    private void readVersion() throws IOException, WhiteboardFormatException {
        if (in.current() != JsonToken.VALUE_NUMBER_INT) {
            throw in.fail("\"version\" must be a whole number");
        }
        long version = in.wholeNumber();
        if (version > WhiteboardCodec.VERSION) {
            JsonLocation at = in.location();
            throw WhiteboardFormatException.newerVersion((int) Math.min(Integer.MAX_VALUE, version), at.getLineNr(),
                    at.getColumnNr());
        }
        if (version < 1) {
            throw in.fail("unknown format version " + version);
        }
    }

    private LogEntry readEntry() throws IOException, WhiteboardFormatException {
        JsonLocation start = in.startObject("a log entry");
        entryStarts.add(start);
        long t = -1;
        String phase = null;
        LogEntry.Origin origin = null;
        String action = null;
        List<Shape> added = List.of();
        List<Shape> removed = List.of();
        List<Delta.Update> updated = List.of();
        long[] seen = {0};
        String name;
        while ((name = in.nextField(ENTRY_FIELDS, seen)) != null) {
            switch (name) {
                case "t":
                    t = in.wholeNumber();
                    if (t < 0) {
                        throw in.fail("a change cannot happen before the session started");
                    }
                    break;
                case "phase":
                    phase = in.string(MAX_NAME_LENGTH);
                    break;
                case "origin":
                    origin = in.token(WhiteboardReader::origin, "origin", "edit, undo or redo");
                    break;
                case "action":
                    action = in.string(MAX_NAME_LENGTH);
                    break;
                case "added":
                    added = in.list("shapes", shapes::read);
                    break;
                case "removed":
                    removed = in.list("shapes", shapes::read);
                    break;
                default:
                    updated = in.list("updates", this::readUpdate);
                    break;
            }
        }
        if (t < 0 || phase == null || origin == null || action == null) {
            throw JsonCursor.failAt(start, in.pointer(), "a log entry needs \"t\", \"phase\", \"origin\" and \"action\"");
        }
        try {
            return new LogEntry(t, phase, origin, action, new Delta(added, removed, updated));
        } catch (IllegalArgumentException e) {
            throw JsonCursor.failAt(start, in.pointer(), e.getMessage());
        }
    }

    private Delta.Update readUpdate() throws IOException, WhiteboardFormatException {
        JsonLocation start = in.startObject("an update");
        Shape before = null;
        Shape after = null;
        long[] seen = {0};
        String name;
        while ((name = in.nextField(UPDATE_FIELDS, seen)) != null) {
            if (name.equals("before")) {
                before = shapes.read();
            } else {
                after = shapes.read();
            }
        }
        if (before == null || after == null) {
            throw JsonCursor.failAt(start, in.pointer(), "an update needs \"before\" and \"after\"");
        }
        try {
            return new Delta.Update(before, after);
        } catch (IllegalArgumentException e) {
            throw JsonCursor.failAt(start, in.pointer(), e.getMessage());
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
}
