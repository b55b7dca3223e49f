package app.rehearse.json;

/**
 * Turns the columns the parser reports, which count bytes of UTF-8, into the columns an editor
 * shows, which count characters: on a line holding "é" or a curly quote the two differ. Lines are
 * counted as the parser counts them (CR LF, a lone CR and a lone LF each end one). Only used for
 * the few locations that are reported, so it costs nothing while parsing.
 */
public final class TextColumns {
    private final byte[] utf8;
    private int[] lineStarts;

    public TextColumns(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** {@code location} with its column counted in characters (UTF-16 units, as Java and most editors count). */
    public Location inCharacters(Location location) {
        int[] starts = lineStarts();
        if (location.line() < 1 || location.line() > starts.length || location.column() <= 1) {
            return location;
        }
        int start = starts[location.line() - 1];
        int end = Math.min(utf8.length, start + location.column() - 1);
        int characters = 0;
        for (int i = start; i < end; i++) {
            int b = utf8[i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                // A lead byte starts a character; four-byte ones are two UTF-16 units.
                characters += (b & 0xf8) == 0xf0 ? 2 : 1;
            }
        }
        int column = characters + 1;
        return column == location.column() ? location : new Location(location.line(), column);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int lines = 1;
            for (int i = 0; i < utf8.length; i++) {
                if (endsLine(i)) {
                    lines++;
                }
            }
            int[] starts = new int[lines];
            int line = 1;
            for (int i = 0; i < utf8.length; i++) {
                if (endsLine(i)) {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    private boolean endsLine(int i) {
        return utf8[i] == '\n' || utf8[i] == '\r' && (i + 1 == utf8.length || utf8[i + 1] != '\n');
    }
}
