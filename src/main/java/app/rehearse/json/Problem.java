package app.rehearse.json;

import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with a file, precise enough to fix it from the message alone:
 * {@code path/to/file.json:LINE:COL: message (at /json/pointer)}.
 */
public record Problem(String source, Location location, String pointer, String message) {
    /** Line, then column: the order a person reads a file in. Problems at one place keep the order they were found in. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparingInt((Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    /** {@code problems} in file order. */
    public static List<Problem> inFileOrder(List<Problem> problems) {
        return problems.stream().sorted(IN_FILE_ORDER).toList();
    }

    public String format() {
        String at = pointer == null || pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return source + ":" + location.line() + ":" + location.column() + ": " + message + at;
    }

    @Override
    public String toString() {
        return format();
    }
}
