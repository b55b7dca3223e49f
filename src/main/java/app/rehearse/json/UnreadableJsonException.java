package app.rehearse.json;

import java.io.IOException;
import java.util.List;

/**
 * A file Rehearse wrote that cannot be read: damaged, or from a newer Rehearse. The message is the
 * first problem as {@code file:line:col: message}, with a count of any others.
 */
public final class UnreadableJsonException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final boolean newerVersion;

    UnreadableJsonException(List<Problem> problems, boolean newerVersion) {
        super(message(problems));
        this.problems = List.copyOf(problems);
        this.newerVersion = newerVersion;
    }

    private static String message(List<Problem> problems) {
        List<Problem> ordered = Problem.inFileOrder(problems);
        String first = ordered.get(0).format();
        return ordered.size() == 1 ? first : first + " (and " + (ordered.size() - 1) + " more problems)";
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when the file is fine but from a newer Rehearse: updating the app reads it. */
    public boolean newerVersion() {
        return newerVersion;
    }
}
