package app.rehearse.json;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem in one file so they can all be reported at once. */
public final class ProblemCollector {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemCollector(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void add(Location location, String pointer, String message) {
        problems.add(new Problem(source, location, pointer, message));
    }

    public void add(JsonValue value, String pointer, String message) {
        add(value.location(), pointer, message);
    }

    /** Adds the problems another collector gathered, in their order. */
    public void addAll(ProblemCollector other) {
        problems.addAll(other.problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
