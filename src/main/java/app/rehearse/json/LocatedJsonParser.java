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
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A key that appeared twice in one object: the second occurrence, and the pointer of the member it repeats. */
    public record DuplicateKey(String name, Location location, String pointer) {}

    /** Found while reading; the pointer is worked out afterwards so reading pays nothing for it. */
    private record Repeat(String name, Location location, Location object) {}

    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ([^\\]]*)\\]");

    private final JsonFactory factory;
    private final List<Repeat> repeats = new ArrayList<>();
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
        repeats.clear();
        try (JsonParser parser = factory.createParser(utf8)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("the file is empty; expected a JSON object", Location.START);
            }
            JsonValue root;
            try {
                root = read(parser, first, 1);
            } catch (StreamConstraintsException e) {
                // Size caps carry no location of their own; the token being read is where the cap was hit.
                throw new JsonSyntaxException("invalid JSON: " + readable(e.getOriginalMessage()), start(parser));
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonSyntaxException("unexpected content after the end of the JSON value", start(parser));
            }
            resolveDuplicatePointers(root);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Location location = where == null ? Location.START
                    : new Location(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
            throw new JsonSyntaxException("invalid JSON: " + readable(e.getOriginalMessage()), location);
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
                try {
                    return new JsonNumber(at, parser.getDecimalValue());
                } catch (NumberFormatException e) {
                    throw new JsonSyntaxException("invalid JSON: the number " + abbreviate(parser.getText())
                            + " is out of range", at);
                }
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
                repeats.add(new Repeat(name, keyAt, at));
            }
        }
        return new JsonObject(at, members);
    }

    private void resolveDuplicatePointers(JsonValue root) {
        if (repeats.isEmpty()) {
            return;
        }
        Map<Location, String> objectPointers = new HashMap<>();
        collectObjectPointers(root, "", objectPointers);
        for (Repeat r : repeats) {
            // An object inside a value that was itself dropped as a duplicate is not in the tree: no pointer then.
            String object = objectPointers.get(r.object());
            duplicateKeys.add(new DuplicateKey(r.name(), r.location(),
                    object == null ? "" : object + "/" + r.name().replace("~", "~0").replace("/", "~1")));
        }
    }

    private static void collectObjectPointers(JsonValue value, String pointer, Map<Location, String> out) {
        if (value instanceof JsonObject object) {
            out.put(object.location(), pointer);
            for (Member m : object.members().values()) {
                collectObjectPointers(m.value(), pointer + "/" + m.name().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.items().size(); i++) {
                collectObjectPointers(array.items().get(i), pointer + "/" + i, out);
            }
        }
    }

    /** Jackson's messages without its internals: no "[Source: REDACTED ...]" and no names of its settings. */
    private static String readable(String message) {
        return JACKSON_SOURCE.matcher(message).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace(": ", " ")))
                .replaceAll(", from `[^`]*`", "");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static Location start(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(l.getLineNr(), l.getColumnNr());
    }
}
