package app.rehearse.json;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** One line, with control characters (a NUL in an id, a stray escape) spelt out so a terminal shows them. */
    public String format() {
        String at = pointer == null || pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return printable(source + ":" + location.line() + ":" + location.column() + ": " + message + at);
    }

    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
