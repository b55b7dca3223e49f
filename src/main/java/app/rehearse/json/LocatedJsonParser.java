package app.rehearse.json;

import app.rehearse.json.JsonValue.JsonArray;
import app.rehearse.json.JsonValue.JsonBoolean;
import app.rehearse.json.JsonValue.JsonNull;
import app.rehearse.json.JsonValue.JsonNumber;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.JsonValue.Member;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into a {@link JsonValue} tree that keeps each value's line and column.
 * Duplicate keys are not a syntax error but are reported through {@link #duplicateKeys()},
 * because a later duplicate silently winning is exactly the kind of typo users must see.
 */
public final class LocatedJsonParser {
    /** Limits that keep hostile input from exhausting memory or the stack. */
    public record Limits(int maxDepth, int maxStringLength) {
        public static final Limits DEFAULT = new Limits(64, 100_000);
    }

    /** A key that appeared twice in one object. */
    public record DuplicateKey(String name, Location location) {}

    private final JsonFactory factory;
    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();

    public LocatedJsonParser(Limits limits) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .build())
                .build();
    }

    public LocatedJsonParser() {
        this(Limits.DEFAULT);
    }

    public List<DuplicateKey> duplicateKeys() {
        return List.copyOf(duplicateKeys);
    }

    public JsonValue parse(byte[] utf8) throws JsonSyntaxException {
        duplicateKeys.clear();
        try (JsonParser parser = factory.createParser(utf8)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("the file is empty; expected a JSON object", Location.START);
            }
            JsonValue root = read(parser, first, 1);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonSyntaxException("unexpected content after the end of the JSON value", here(parser));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Location location = where == null ? Location.START
                    : new Location(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
            throw new JsonSyntaxException("invalid JSON: " + e.getOriginalMessage(), location);
        } catch (IOException e) {
            throw new JsonSyntaxException("could not read JSON: " + e.getMessage(), Location.START);
        }
    }

    private JsonValue read(JsonParser parser, JsonToken token, int depth) throws IOException, JsonSyntaxException {
        Location at = start(parser);
        switch (token) {
            case START_OBJECT:
                return readObject(parser, at, depth);
            case START_ARRAY:
                List<JsonValue> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(read(parser, t, depth + 1));
                }
                return new JsonArray(at, items);
            case VALUE_STRING:
                return new JsonString(at, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(at, parser.getDecimalValue());
            case VALUE_TRUE:
                return new JsonBoolean(at, true);
            case VALUE_FALSE:
                return new JsonBoolean(at, false);
            case VALUE_NULL:
                return new JsonNull(at);
            default:
                throw new JsonSyntaxException("unexpected token " + token, at);
        }
    }

    private JsonObject readObject(JsonParser parser, Location at, int depth) throws IOException, JsonSyntaxException {
        Map<String, Member> members = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            Location keyAt = start(parser);
            JsonValue value = read(parser, parser.nextToken(), depth + 1);
            if (members.putIfAbsent(name, new Member(name, keyAt, value)) != null) {
                duplicateKeys.add(new DuplicateKey(name, keyAt));
            }
        }
        return new JsonObject(at, members);
    }

    private static Location start(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(l.getLineNr(), l.getColumnNr());
    }

    private static Location here(JsonParser parser) {
        JsonLocation l = parser.currentLocation();
        return new Location(l.getLineNr(), l.getColumnNr());
    }
}
