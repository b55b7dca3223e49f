package app.rehearse.json;

import app.rehearse.json.JsonValue.JsonArray;
import app.rehearse.json.JsonValue.JsonBoolean;
import app.rehearse.json.JsonValue.JsonNumber;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.JsonValue.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object against a fixed set of allowed names, reporting every
 * missing, unknown or mistyped field to a {@link ProblemCollector} instead of stopping at the
 * first. Accessors return {@code null}/empty for a field that is absent or wrong, so a caller
 * can keep reading and report everything in one pass.
 */
public final class ObjectReader {
    /** The fields an object may have, in the order they are listed in suggestions. */
    public static final class Fields {
        private final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();
        private final boolean othersIgnored;

        private Fields(List<String> names, boolean othersIgnored) {
            this.names = List.copyOf(names);
            this.othersIgnored = othersIgnored;
            for (int i = 0; i < this.names.size(); i++) {
                if (index.putIfAbsent(this.names.get(i), i) != null) {
                    throw new IllegalArgumentException("field \"" + this.names.get(i) + "\" is listed twice");
                }
            }
        }

        /** Fields of a file a person writes: any other name is a mistake, reported with the nearest allowed one. */
        public static Fields of(String... names) {
            return new Fields(List.of(names), false);
        }

        /**
         * Fields of a file Rehearse writes: other names are left alone, since a newer release may add
         * fields without changing the file's version.
         */
        public static Fields open(String... names) {
            return new Fields(List.of(names), true);
        }

        public List<String> names() {
            return names;
        }

        int indexOf(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
    }

    private final JsonObject object;
    /** The value of each allowed field, by its place in {@link Fields}; null where absent. */
    private final JsonValue[] values;
    private final Fields fields;
    private final JsonValue value;
    private final Supplier<String> pointerText;
    private final ProblemCollector problems;
    private String pointer;

    public ObjectReader(JsonValue value, String pointer, ProblemCollector problems, Fields allowed) {
        this(value, () -> pointer, problems, allowed);
    }

    /**
     * Reads an object whose pointer is only spelt out when there is a problem to report: a bank
     * has a hundred thousand objects and almost never a problem.
     */
    public ObjectReader(JsonValue value, Supplier<String> pointer, ProblemCollector problems, Fields allowed) {
        this.value = value;
        this.pointerText = pointer;
        this.problems = problems;
        this.fields = allowed;
        this.values = new JsonValue[allowed.names.size()];
        if (value instanceof JsonObject o) {
            this.object = o;
            for (Member member : o.members()) {
                int at = allowed.indexOf(member.name());
                if (at >= 0) {
                    values[at] = member.value();
                } else if (!allowed.othersIgnored) {
                    problems.add(member.keyLocation(), child(member.name()),
                            "unknown field \"" + member.name() + "\"" + suggestion(member.name(), allowed.names));
                }
            }
        } else {
            this.object = null;
            problems.add(value, pointer(), "expected an object but found " + value.kindName());
        }
    }

    public boolean isObject() {
        return object != null;
    }

    public String pointer() {
        if (pointer == null) {
            pointer = pointerText.get();
        }
        return pointer;
    }

    public String child(String name) {
        return pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public Optional<JsonValue> field(String name, boolean required) {
        if (object == null) {
            return Optional.empty();
        }
        int at = fields.indexOf(name);
        Optional<JsonValue> found = at >= 0 ? Optional.ofNullable(values[at]) : object.get(name);
        if (found.isEmpty() && required) {
            problems.add(value, pointer(), "missing required field \"" + name + "\"");
        }
        return found;
    }

    public String string(String name, boolean required) {
        return field(name, required).map(v -> asString(v, name, -1)).orElse(null);
    }

    public Integer integer(String name, boolean required) {
        return wholeNumber(name, required, BigDecimal::intValueExact);
    }

    public Long longInteger(String name, boolean required) {
        return wholeNumber(name, required, BigDecimal::longValueExact);
    }

    /** A whole number, converted by {@code exact}, which throws when it does not fit. */
    private <N> N wholeNumber(String name, boolean required, Function<BigDecimal, N> exact) {
        return field(name, required).map(v -> {
            if (!(v instanceof JsonNumber n && n.isInteger())) {
                problems.add(v, child(name), "\"" + name + "\" must be an integer but is " + v.kindName());
                return null;
            }
            try {
                return exact.apply(n.value());
            } catch (ArithmeticException e) {
                problems.add(v, child(name), "\"" + name + "\" is too large");
                return null;
            }
        }).orElse(null);
    }

    public Boolean bool(String name, boolean required) {
        return field(name, required).map(v -> {
            if (v instanceof JsonBoolean b) {
                return b.value();
            }
            problems.add(v, child(name), "\"" + name + "\" must be true or false but is " + v.kindName());
            return null;
        }).orElse(null);
    }

    /** A time written as ISO-8601 text, such as {@code 2025-01-31T18:02:00Z}. */
    public Instant instant(String name, boolean required) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "\"" + name + "\" must be a time such as 2025-01-31T18:02:00Z (found \"" + text + "\")");
            return null;
        }
    }

    /** An object field, or null when absent or not an object. */
    public JsonObject object(String name, boolean required) {
        return field(name, required).map(v -> {
            if (v instanceof JsonObject o) {
                return o;
            }
            problems.add(v, child(name), "\"" + name + "\" must be an object but is " + v.kindName());
            return null;
        }).orElse(null);
    }

    /** A reader for an object field, or null when the field is absent (a wrong kind is reported). */
    public ObjectReader objectReader(String name, boolean required, Fields allowed) {
        return field(name, required).map(v -> new ObjectReader(v, () -> child(name), problems, allowed)).orElse(null);
    }

    /** A reader for item {@code index} of this object's array field {@code name}. */
    public ObjectReader item(String name, int index, JsonValue value, Fields allowed) {
        return new ObjectReader(value, () -> child(name) + "/" + index, problems, allowed);
    }

    /** Reports a value that has the right kind but breaks a rule, at the field (or at this object when it is absent). */
    public void problem(String name, String message) {
        if (name.isEmpty()) {
            problems.add(value, pointer(), message);
            return;
        }
        problems.add(field(name, false).map(JsonValue::location).orElse(value.location()), child(name), message);
    }

    ProblemCollector problems() {
        return problems;
    }

    /** The words {@link #choice} accepts for {@code values}, each value by its id, in declaration order. */
    public static <E> Map<String, E> choices(E[] values, Function<E, String> id) {
        Map<String, E> byId = new LinkedHashMap<>();
        for (E value : values) {
            byId.put(id.apply(value), value);
        }
        return byId;
    }

    /** A string that must be one of a fixed set of words, mapped to its value. */
    public <E> E choice(String name, boolean required, Map<String, E> choices) {
        return field(name, required).map(v -> {
            String text = asString(v, name, -1);
            if (text == null) {
                return null;
            }
            E chosen = choices.get(text);
            if (chosen == null) {
                problems.add(v, child(name), "\"" + name + "\" must be one of " + String.join(", ", choices.keySet())
                        + " (found \"" + text + "\")");
            }
            return chosen;
        }).orElse(null);
    }

    /** The items of an array field, or null when absent or not an array. */
    public List<JsonValue> array(String name, boolean required) {
        return field(name, required).map(v -> {
            if (v instanceof JsonArray a) {
                return a.items();
            }
            problems.add(v, child(name), "\"" + name + "\" must be an array but is " + v.kindName());
            return null;
        }).orElse(null);
    }

    /** An array of strings; wrong items are reported and left out. */
    public List<String> strings(String name, boolean required) {
        List<JsonValue> items = array(name, required);
        if (items == null) {
            return null;
        }
        List<String> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String text = asString(items.get(i), name, i);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** An object of strings by name, in file order; wrong values are reported and left out. */
    public Map<String, String> stringsByName(String name, boolean required) {
        JsonObject map = object(name, required);
        if (map == null) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Member member : map.members()) {
            if (member.value() instanceof JsonString s) {
                result.put(member.name(), s.value());
            } else {
                problems.add(member.value(), child(name) + "/" + member.name().replace("~", "~0").replace("/", "~1"),
                        "expected a string but found " + member.value().kindName());
            }
        }
        return result;
    }

    /** The text of field {@code name} (or of its item {@code index}, when not negative); the pointer is only built for a problem. */
    private String asString(JsonValue v, String name, int index) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        problems.add(v, index < 0 ? child(name) : child(name) + "/" + index, "expected a string but found " + v.kindName());
        return null;
    }

    private static String suggestion(String unknown, List<String> allowed) {
        return allowed.stream()
                .filter(candidate -> editDistance(unknown.toLowerCase(), candidate.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(candidate -> editDistance(unknown, candidate)))
                .map(candidate -> " (did you mean \"" + candidate + "\"?)")
                .orElse(" (allowed: " + String.join(", ", allowed) + ")");
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
