package app.rehearse.json;

import app.rehearse.json.JsonValue.JsonArray;
import app.rehearse.json.JsonValue.JsonNumber;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.JsonValue.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object against a fixed set of allowed names, reporting every
 * missing, unknown or mistyped field to a {@link ProblemCollector} instead of stopping at the
 * first. Accessors return {@code null}/empty for a field that is absent or wrong, so a caller
 * can keep reading and report everything in one pass.
 */
public final class ObjectReader {
    private final JsonObject object;
    private final JsonValue value;
    private final String pointer;
    private final ProblemCollector problems;

    public ObjectReader(JsonValue value, String pointer, ProblemCollector problems, Set<String> allowed) {
        this.value = value;
        this.pointer = pointer;
        this.problems = problems;
        if (value instanceof JsonObject o) {
            this.object = o;
            for (Member member : o.members().values()) {
                if (!allowed.contains(member.name())) {
                    problems.add(member.keyLocation(), child(member.name()),
                            "unknown field \"" + member.name() + "\"" + suggestion(member.name(), allowed));
                }
            }
        } else {
            this.object = null;
            problems.add(value, pointer, "expected an object but found " + value.kindName());
        }
    }

    public boolean isObject() {
        return object != null;
    }

    public String pointer() {
        return pointer;
    }

    public String child(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public Optional<JsonValue> field(String name, boolean required) {
        if (object == null) {
            return Optional.empty();
        }
        Optional<JsonValue> found = object.get(name);
        if (found.isEmpty() && required) {
            problems.add(value, pointer.isEmpty() ? "" : pointer, "missing required field \"" + name + "\"");
        }
        return found;
    }

    public String string(String name, boolean required) {
        return field(name, required).map(v -> asString(v, child(name))).orElse(null);
    }

    public Integer integer(String name, boolean required) {
        return field(name, required).map(v -> {
            if (v instanceof JsonNumber n && n.isInteger()) {
                try {
                    return n.value().intValueExact();
                } catch (ArithmeticException e) {
                    problems.add(v, child(name), "\"" + name + "\" is too large");
                    return null;
                }
            }
            problems.add(v, child(name), "\"" + name + "\" must be an integer but is " + v.kindName());
            return null;
        }).orElse(null);
    }

    /** A string that must be one of a fixed set of words, mapped to its value. */
    public <E> E choice(String name, boolean required, Map<String, E> choices) {
        return field(name, required).map(v -> {
            String text = asString(v, child(name));
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
            String text = asString(items.get(i), child(name) + "/" + i);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    private String asString(JsonValue v, String at) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        problems.add(v, at, "expected a string but found " + v.kindName());
        return null;
    }

    private static String suggestion(String unknown, Set<String> allowed) {
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
