package app.rehearse.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed JSON value together with the place it started in its source. */
public sealed interface JsonValue {

    Location location();

    /** A human name for the kind of value, as used in error messages ("a string", "an array"). */
    String kindName();

    /** The value at an RFC 6901 pointer below this one, if there is one. */
    default Optional<JsonValue> at(String pointer) {
        JsonValue current = this;
        if (pointer.isEmpty()) {
            return Optional.of(current);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof JsonObject object) {
                current = object.get(token).orElse(null);
            } else if (current instanceof JsonArray array && token.matches("\\d{1,9}")
                    && Integer.parseInt(token) < array.items().size()) {
                current = array.items().get(Integer.parseInt(token));
            } else {
                current = null;
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /**
     * An object, its members in file order, each name once. Objects in packs have a handful of
     * members, so a lookup scans the list: cheaper to build and to walk than a hash map per object,
     * which matters when a bank holds a hundred thousand of them. Large objects get an index.
     * Names must be unique; {@link LocatedJsonParser} keeps the first of a repeated name and reports the rest.
     * The list is taken over, not copied: the parser hands over a list it never touches again.
     */
    final class JsonObject implements JsonValue {
        private static final int INDEX_FROM = 16;

        private final Location location;
        private final List<Member> members;
        private final Map<String, Member> index;

        public JsonObject(Location location, List<Member> members) {
            this.location = location;
            this.members = Collections.unmodifiableList(members);
            this.index = this.members.size() < INDEX_FROM ? null : new HashMap<>();
            if (index != null) {
                for (Member m : this.members) {
                    if (index.putIfAbsent(m.name(), m) != null) {
                        throw new IllegalArgumentException("member \"" + m.name() + "\" appears twice");
                    }
                }
            }
        }

        @Override
        public Location location() {
            return location;
        }

        /** The members in file order. */
        public List<Member> members() {
            return members;
        }

        public Optional<Member> member(String name) {
            return Optional.ofNullable(find(name));
        }

        public Optional<JsonValue> get(String name) {
            Member member = find(name);
            return member == null ? Optional.empty() : Optional.of(member.value());
        }

        private Member find(String name) {
            if (index != null) {
                return index.get(name);
            }
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String kindName() {
            return "an object";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof JsonObject other && location.equals(other.location) && members.equals(other.members);
        }

        @Override
        public int hashCode() {
            return 31 * location.hashCode() + members.hashCode();
        }

        @Override
        public String toString() {
            return "JsonObject[location=" + location + ", members=" + members + "]";
        }
    }

    /** An object member: the key's own location (for "unknown field" errors) and its value. */
    record Member(String name, Location keyLocation, JsonValue value) {}

    /** An array; like an object's members, the list is taken over rather than copied. */
    record JsonArray(Location location, List<JsonValue> items) implements JsonValue {
        public JsonArray {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String kindName() {
            return "an array";
        }
    }

    record JsonString(Location location, String value) implements JsonValue {
        @Override
        public String kindName() {
            return "a string";
        }
    }

    record JsonNumber(Location location, BigDecimal value) implements JsonValue {
        public boolean isInteger() {
            return value.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String kindName() {
            return isInteger() ? "an integer" : "a number";
        }
    }

    record JsonBoolean(Location location, boolean value) implements JsonValue {
        @Override
        public String kindName() {
            return "a boolean";
        }
    }

    record JsonNull(Location location) implements JsonValue {
        @Override
        public String kindName() {
            return "null";
        }
    }
}
