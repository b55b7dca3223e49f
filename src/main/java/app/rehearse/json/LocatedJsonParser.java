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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Up to this many members, a repeated name is found by scanning; beyond it, by a set. */
    private static final int SCAN_LIMIT = 16;
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ([^\\]]*)\\]");

    private final JsonFactory factory;
    private final List<Repeat> repeats = new ArrayList<>();
    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();
    private ItemListener listener;

    public LocatedJsonParser(Limits limits) {
        this.factory = limits.equals(Limits.DEFAULT) ? DEFAULT_FACTORY : factory(limits);
    }

    /**
     * Shared by every parser with the default limits: a factory is thread-safe, and its table of
     * field names, learnt from earlier files, makes reading the next one cheaper.
     */
    private static final JsonFactory DEFAULT_FACTORY = factory(Limits.DEFAULT);

    private static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
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

    /**
     * Told of each item of an array held by a member of the root object as soon as the item has
     * been read, so a caller can work on it while it is still in the processor's cache: reading a
     * large file's tree again afterwards costs more than parsing it.
     */
    public interface ItemListener {
        void itemRead(String member, int index, JsonValue item);
    }

    public JsonValue parse(byte[] utf8) throws JsonSyntaxException {
        return parse(utf8, null);
    }

    /** Parses {@code utf8}, telling {@code listener} (if not null) of each item of the root's arrays as it is read. */
    public JsonValue parse(byte[] utf8, ItemListener listener) throws JsonSyntaxException {
        duplicateKeys.clear();
        repeats.clear();
        this.listener = listener;
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
                return readArray(parser, at, depth, null);
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

    /** An array; when {@code member} is not null, the listener hears of each item. */
    private JsonArray readArray(JsonParser parser, Location at, int depth, String member)
            throws IOException, JsonSyntaxException {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            JsonValue item = read(parser, t, depth + 1);
            if (member != null) {
                listener.itemRead(member, items.size(), item);
            }
            items.add(item);
        }
        return new JsonArray(at, items);
    }

    private JsonObject readObject(JsonParser parser, Location at, int depth) throws IOException, JsonSyntaxException {
        List<Member> members = new ArrayList<>();
        Set<String> names = null;
        // One bit per name's hash: a name whose bit is clear is certainly new, so most are never compared.
        long hashBits = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            Location keyAt = start(parser);
            JsonToken valueToken = parser.nextToken();
            JsonValue value = depth == 1 && listener != null && valueToken == JsonToken.START_ARRAY
                    ? readArray(parser, start(parser), depth + 1, name)
                    : read(parser, valueToken, depth + 1);
            if (names == null && members.size() >= SCAN_LIMIT) {
                names = new HashSet<>();
                for (Member m : members) {
                    names.add(m.name());
                }
            }
            long bit = 1L << name.hashCode();
            boolean repeated = names != null ? !names.add(name) : (hashBits & bit) != 0 && contains(members, name);
            hashBits |= bit;
            if (repeated) {
                repeats.add(new Repeat(name, keyAt, at));
            } else {
                members.add(new Member(name, keyAt, value));
            }
        }
        return new JsonObject(at, members);
    }

    private static boolean contains(List<Member> members, String name) {
        for (Member m : members) {
            if (m.name().equals(name)) {
                return true;
            }
        }
        return false;
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
            for (Member m : object.members()) {
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
