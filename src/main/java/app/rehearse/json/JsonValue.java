package app.rehearse.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    record JsonObject(Location location, Map<String, Member> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<JsonValue> get(String name) {
            Member member = members.get(name);
            return member == null ? Optional.empty() : Optional.of(member.value());
        }

        @Override
        public String kindName() {
            return "an object";
        }
    }

    /** An object member: the key's own location (for "unknown field" errors) and its value. */
    record Member(String name, Location keyLocation, JsonValue value) {}

    record JsonArray(Location location, List<JsonValue> items) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
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
