package app.rehearse.whiteboard;

import app.rehearse.json.Location;
import app.rehearse.json.TextColumns;
import app.rehearse.storage.AtomicFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reads and writes whiteboard.json, a versioned vector file:
 * <pre>
 * { "version": 1,
 *   "shapes": [ {"id":"s1","kind":"stencil","stencil":"database","z":1,"x":0,"y":0,"w":120,"h":100,
 *                "label":"Orders DB","stroke":"ink","fill":"green","width":"regular","pattern":"solid"},
 *               {"id":"s2","kind":"arrow","z":2,"points":[x0,y0,x1,y1],…,"start":{"shape":"s1","ax":0.5,"ay":0.5}} ],
 *   "log": [ {"t":61250,"phase":"high-level-design","origin":"edit","action":"Add Database",
 *             "added":[…],"removed":[…],"updated":[{"before":{…},"after":{…}}]} ] }
 * </pre>
 * Shapes round-trip exactly (doubles are written in full). Reading is all or nothing: a damaged
 * file, a log that does not replay to the saved shapes, or a file from a newer version raises
 * {@link WhiteboardFormatException} with a message a person can act on; nothing is half-loaded.
 */
public final class WhiteboardCodec {
    /** The format version this program writes and the newest it reads. */
    public static final int VERSION = 1;
    public static final String FILE_NAME = "whiteboard.json";
    /** Larger files are refused before reading (a real board is a few MB). */
    public static final long MAX_FILE_BYTES = 256L << 20;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // Both give the exact shortest round-tripping text of a double, several times faster.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
            .build();

    public byte[] encode(SavedBoard board) {
        return new WhiteboardWriter(factory).write(board);
    }

    /** Reads and checks a whole board file (for review and replay); nothing is returned from a bad file. */
    public SavedBoard decode(byte[] json) throws WhiteboardFormatException {
        return decodeChecked(json).board();
    }

    /**
     * Opens a board file for editing: the same checks as {@link #decode}, then a {@link Whiteboard}
     * whose log continues with {@code elapsedMillis} and {@code phase}. Cheaper than
     * {@code Whiteboard.restore(decode(json), …)}: the board is built from the checked replay.
     */
    public Whiteboard decodeWhiteboard(byte[] json, LongSupplier elapsedMillis, Supplier<String> phase)
            throws WhiteboardFormatException {
        Checked checked = decodeChecked(json);
        return Whiteboard.restoreVerified(checked.board(), checked.replayed(), elapsedMillis, phase);
    }

    /** {@link #decodeWhiteboard} for a file; problems are reported against the file's path. */
    public Whiteboard loadWhiteboard(Path file, LongSupplier elapsedMillis, Supplier<String> phase)
            throws IOException, WhiteboardFormatException {
        try {
            return decodeWhiteboard(readBounded(file), elapsedMillis, phase);
        } catch (WhiteboardFormatException e) {
            throw e.inFile(file.toString());
        }
    }

    /** A file's board and the shape table its log replays to (equal to the board's shapes). */
    private record Checked(SavedBoard board, ShapeTable replayed) {}

    private Checked decodeChecked(byte[] json) throws WhiteboardFormatException {
        try {
            return readChecked(json);
        } catch (WhiteboardFormatException raw) {
            // The parser counts columns in bytes; a person counts characters (a label with "é" differs).
            WhiteboardFormatException e = raw.line() > 0
                    ? raw.atColumn(new TextColumns(json).inCharacters(new Location(raw.line(), raw.column())).column())
                    : raw;
            if (e.newerVersion().isPresent()) {
                throw e;
            }
            // A newer format may well look damaged to this reader; say the useful thing instead.
            OptionalInt version = declaredVersion(json);
            if (version.isPresent() && version.getAsInt() > VERSION) {
                throw WhiteboardFormatException.newerVersion(version.getAsInt(), 0, 0);
            }
            throw e;
        }
    }

    /** Writes atomically (temp file, fsync, rename): a crash leaves the old file or the new one. */
    public void save(Path file, SavedBoard board) throws IOException {
        AtomicFiles.write(file, encode(board));
    }

    /** Reads a board file; problems are reported against the file's path. */
    public SavedBoard load(Path file) throws IOException, WhiteboardFormatException {
        try {
            return decode(readBounded(file));
        } catch (WhiteboardFormatException e) {
            throw e.inFile(file.toString());
        }
    }

    private static byte[] readBounded(Path file) throws IOException, WhiteboardFormatException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new WhiteboardFormatException("the file is " + size + " bytes; a whiteboard may be at most "
                    + MAX_FILE_BYTES, 0, 0, "");
        }
        return Files.readAllBytes(file);
    }

    private Checked readChecked(byte[] json) throws WhiteboardFormatException {
        WhiteboardReader reader;
        SavedBoard board;
        try (JsonParser parser = factory.createParser(json)) {
            reader = new WhiteboardReader(parser);
            board = reader.read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            throw JsonCursor.failAt(at, "", "damaged file: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WhiteboardFormatException("could not read: " + e.getMessage(), 0, 0, "");
        }
        return new Checked(board, checkConsistent(board, reader));
    }

    /**
     * The log must replay from an empty board, each change checked as a board would, to exactly the
     * saved shapes; that also proves the shapes form a valid board. Only when it does not is the
     * board checked on its own, to say precisely what is wrong with the shapes.
     */
    private static ShapeTable checkConsistent(SavedBoard board, WhiteboardReader reader)
            throws WhiteboardFormatException {
        for (int i = 1; i < board.log().size(); i++) {
            if (board.log().get(i).elapsedMillis() < board.log().get(i - 1).elapsedMillis()) {
                throw JsonCursor.failAt(reader.entryStart(i), "/log/" + i + "/t",
                        "change " + i + " is stamped earlier than the change before it");
            }
        }
        ShapeTable replayed;
        try {
            replayed = Replay.replay(board.log(), board.log().size());
        } catch (Replay.InvalidLogException e) {
            throw JsonCursor.failAt(reader.entryStart(e.entry), "/log/" + e.entry, e.getMessage());
        }
        // Every saved shape equal to the replayed one with its id, in strictly rising z (the list is
        // sorted by z and replayed z values are unique), means the same shapes with no id twice.
        Map<ShapeId, Shape> result = replayed.byId;
        boolean same = result.size() == board.shapes().size();
        long previousZ = Long.MIN_VALUE;
        for (int i = 0; same && i < board.shapes().size(); i++) {
            Shape s = board.shapes().get(i);
            same = (i == 0 || s.z() > previousZ) && s.equals(result.get(s.id()));
            previousZ = s.z();
        }
        if (!same) {
            try {
                new ShapeTable().check(Delta.adding(board.shapes()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw JsonCursor.failAt(reader.shapesStart(), "/shapes", e.getMessage());
            }
            throw JsonCursor.failAt(reader.logStart(), "/log",
                    "the change log does not lead to the saved shapes; the file was edited or damaged");
        }
        return replayed;
    }

    /** The top-level "version" if the file has one, however damaged the rest is. */
    private OptionalInt declaredVersion(byte[] json) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return OptionalInt.empty();
            }
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                if (name.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, parser.getLongValue()));
                }
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
