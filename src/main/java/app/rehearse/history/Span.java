package app.rehearse.history;

/** A stretch of text to highlight: {@code [start, end)} in UTF-16 offsets of the text it was found in. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
