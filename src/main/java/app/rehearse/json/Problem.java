package app.rehearse.json;

/**
 * One thing wrong with a file, precise enough to fix it from the message alone:
 * {@code path/to/file.json:LINE:COL: message (at /json/pointer)}.
 */
public record Problem(String source, Location location, String pointer, String message) {

    public String format() {
        String at = pointer == null || pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return source + ":" + location.line() + ":" + location.column() + ": " + message + at;
    }

    @Override
    public String toString() {
        return format();
    }
}
