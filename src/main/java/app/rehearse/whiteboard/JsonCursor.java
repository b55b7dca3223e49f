package app.rehearse.whiteboard;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Jackson parser with strict typed reads for whiteboard.json: every mismatch becomes a
 * {@link WhiteboardFormatException} naming line, column and JSON pointer.
 */
final class JsonCursor {
    private final JsonParser p;

    JsonCursor(JsonParser parser) {
        this.p = parser;
    }

    /** Reads one item of a list; the parser stands on the item's first token. */
    interface ItemReader<T> {
        T read() throws IOException, WhiteboardFormatException;
    }

    /**
     * The fields one kind of object may have. Marking a field as read rejects unknown and repeated
     * names (a repeated key must not silently win) with a few comparisons, where Jackson's own
     * duplicate detection costs a hash set per object.
     */
    static final class FieldNames {
        private final String[] names;

        FieldNames(String... names) {
            this.names = names;
        }

        long mark(long seen, String name, JsonCursor at) throws WhiteboardFormatException {
            for (int i = 0; i < names.length; i++) {
                // Jackson hands out canonical (interned) names, so identity usually decides at once.
                if (names[i] == name || names[i].equals(name)) {
                    long bit = 1L << i;
                    if ((seen & bit) != 0) {
                        throw at.fail("field \"" + name + "\" appears twice");
                    }
                    return seen | bit;
                }
            }
            throw at.fail("unknown field \"" + name + "\"");
        }
    }

    JsonToken next() throws IOException {
        return p.nextToken();
    }

    JsonToken current() {
        return p.currentToken();
    }

    /** Moves to the next field of the current object and onto its value; null at the object's end. */
    String nextField(FieldNames allowed, long[] seen) throws IOException, WhiteboardFormatException {
        String name = p.nextFieldName();
        if (name != null) {
            seen[0] = allowed.mark(seen[0], name, this);
            p.nextToken();
        }
        return name;
    }

    JsonLocation location() {
        return p.currentTokenLocation();
    }

    /** Where the parser is; after an object's last field, the pointer of that object. */
    String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    JsonLocation startObject(String what) throws WhiteboardFormatException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail("expected " + what + " object");
        }
        return p.currentTokenLocation();
    }

    <T> List<T> list(String what, ItemReader<T> item) throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("expected a list of " + what);
        }
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(item.read());
        }
        return items;
    }

    <T> T token(Function<String, Optional<T>> lookup, String what, String expected)
            throws IOException, WhiteboardFormatException {
        String text = string(100);
        return lookup.apply(text).orElseThrow(() -> fail("unknown " + what + " \"" + text + "\"; expected " + expected));
    }

    String string(int maxLength) throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("expected text");
        }
        String text = p.getText();
        if (text.length() > maxLength) {
            throw fail("text longer than " + maxLength + " characters");
        }
        return text;
    }

    long wholeNumber() throws IOException, WhiteboardFormatException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail("expected a whole number");
        }
        return p.getLongValue();
    }

    double number() throws IOException, WhiteboardFormatException {
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

    double nonNegative() throws IOException, WhiteboardFormatException {
        double value = number();
        if (value < 0) {
            throw fail("a size cannot be negative");
        }
        return value;
    }

    WhiteboardFormatException fail(String message) {
        return failAt(p.currentTokenLocation(), pointer(), message);
    }

    static WhiteboardFormatException failAt(JsonLocation at, String pointer, String message) {
        return new WhiteboardFormatException(message, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                pointer);
    }
}
