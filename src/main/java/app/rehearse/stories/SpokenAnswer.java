package app.rehearse.stories;

import app.rehearse.json.JsonValue;
import app.rehearse.json.JsonValue.JsonNull;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ProblemCollector;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.stories.StarTiming.Part;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The STAR marks of a spoken answer, in milliseconds from its start, and when it ended. Kept in
 * {@code session.json} under {@link #FIELD}:
 * {@code {"version": 1, "marks": {"situation": 0, "task": 21000, "action": 40000, "result": 131000}, "endMs": 160000}}.
 */
public record SpokenAnswer(Map<Part, Long> marks, long endMs) {
    public static final String FIELD = "spokenAnswer";
    public static final int VERSION = 1;
    private static final Fields TOP = Fields.open("version", "marks", "endMs");
    private static final Fields MARKS = Fields.open("situation", "task", "action", "result");

    public SpokenAnswer {
        marks = marks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(marks));
    }

    public StarTiming timing() {
        return StarTiming.of(marks, endMs);
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("version", VERSION);
        ObjectNode marksNode = root.putObject("marks");
        for (Part part : Part.values()) {
            Long at = marks.get(part);
            if (at != null) {
                marksNode.put(id(part), at);
            }
        }
        return root.put("endMs", endMs);
    }

    /** Reads the field of a session record; absent (or null) means no answer was timed. */
    public static Optional<SpokenAnswer> fromJson(Optional<JsonValue> value, ProblemCollector problems)
            throws UnreadableJsonException {
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return Optional.empty();
        }
        ObjectReader root = new ObjectReader(value.get(), "/" + FIELD, problems, TOP);
        StoredJson.version(root, VERSION);
        Map<Part, Long> marks = new EnumMap<>(Part.class);
        ObjectReader marksReader = root.objectReader("marks", true, MARKS);
        for (Part part : Part.values()) {
            Long at = marksReader == null ? null : marksReader.longInteger(id(part), false);
            if (at != null && at < 0) {
                marksReader.problem(id(part), "a mark is never before the answer began (found " + at + ")");
            } else if (at != null) {
                marks.put(part, at);
            }
        }
        Long end = root.longInteger("endMs", true);
        StoredJson.check(problems);
        return Optional.of(new SpokenAnswer(marks, end));
    }

    private static String id(Part part) {
        return part.name().toLowerCase(Locale.ROOT);
    }
}
