package app.rehearse.history;

/** Text shortened to one line of at most a given length, for lists and timelines. */
final class OneLine {
    private OneLine() {}

    /**
     * {@code line} as it is when it fits in {@code maxChars}, else cut to {@code maxChars} with "…" as the last
     * character, never between the two halves of a surrogate pair.
     */
    static String cut(String line, int maxChars) {
        if (line.length() <= maxChars) {
            return line;
        }
        int cut = maxChars - 1;
        if (cut > 0 && Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }
}
