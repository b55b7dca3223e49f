package app.rehearse.json;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem in one file so they can all be reported at once. */
public final class ProblemCollector {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    /** Problems in other files this one names (a pack's reference diagram), with their own places. */
    private final List<Problem> elsewhere = new ArrayList<>();
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

    /** A problem in another file that this one depends on, at that file's own line and column (in characters). */
    public void addElsewhere(Problem problem) {
        elsewhere.add(problem);
    }

    /** Adds the problems another collector gathered, in their order. */
    public void addAll(ProblemCollector other) {
        problems.addAll(other.problems);
        elsewhere.addAll(other.elsewhere);
    }

    /** The pointers of this file's problems added after the first {@code from}, in order. */
    public List<String> pointersSince(int from) {
        return problems.subList(Math.min(from, problems.size()), problems.size()).stream().map(Problem::pointer).toList();
    }

    public boolean isEmpty() {
        return problems.isEmpty() && elsewhere.isEmpty();
    }

    public int size() {
        return problems.size() + elsewhere.size();
    }

    /** This file's problems (columns in characters), then those found in the files it names. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems.size() + elsewhere.size());
        for (Problem p : problems) {
            all.add(columns == null ? p : new Problem(p.source(), columns.inCharacters(p.location()), p.pointer(),
                    p.message()));
        }
        all.addAll(elsewhere);
        return List.copyOf(all);
    }
}
