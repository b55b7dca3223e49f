package app.rehearse.json;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem in one file so they can all be reported at once. */
public final class ProblemCollector {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private TextColumns columns;

    public ProblemCollector(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    /**
     * The file's bytes, so that the problems given out count columns in characters, as an editor
     * does, where the parser counted bytes.
     */
    public void readFrom(byte[] utf8) {
        columns = new TextColumns(utf8);
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
        if (columns == null) {
            return List.copyOf(problems);
        }
        return problems.stream().map(p -> new Problem(p.source(), columns.inCharacters(p.location()), p.pointer(),
                p.message())).toList();
    }
}
