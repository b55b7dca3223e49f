package app.rehearse.whiteboard;

import java.util.OptionalInt;

/**
 * whiteboard.json could not be read: damaged, not a whiteboard, or written by a newer Rehearse.
 * The message says where ("12:5: … (at /shapes/3/x)") and, with {@link #inFile}, in which file.
 * Nothing of such a file is loaded.
 */
public final class WhiteboardFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;
    private final String pointer;
    private final int newerVersion;

    WhiteboardFormatException(String problem, int line, int column, String pointer) {
        this(problem, line, column, pointer, -1, null);
    }

    private WhiteboardFormatException(String problem, int line, int column, String pointer, int newerVersion,
            String file) {
        super(compose(file, problem, line, column, pointer));
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.newerVersion = newerVersion;
    }

    static WhiteboardFormatException newerVersion(int version, int line, int column) {
        return new WhiteboardFormatException("this whiteboard was saved by a newer version of Rehearse (format version "
                + version + "; this version reads up to " + WhiteboardCodec.VERSION
                + "). Update Rehearse to open it; the file was left untouched", line, column, "/version", version, null);
    }

    /** The same problem with its column counted another way (characters rather than bytes). */
    WhiteboardFormatException atColumn(int newColumn) {
        return new WhiteboardFormatException(problem, line, newColumn, pointer, newerVersion, null);
    }

    /** The same problem, reported against {@code file}. */
    public WhiteboardFormatException inFile(String file) {
        return new WhiteboardFormatException(problem, line, column, pointer, newerVersion, file);
    }

    /** What is wrong, without the file and place. */
    public String detail() {
        return problem;
    }

    /** 1-based line of the problem (0 when not tied to a place). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON pointer of the offending value, e.g. {@code /shapes/3/x}. */
    public String pointer() {
        return pointer;
    }

    /** The file's format version when it was rejected for being newer than this program reads. */
    public OptionalInt newerVersion() {
        return newerVersion < 0 ? OptionalInt.empty() : OptionalInt.of(newerVersion);
    }

    private static String compose(String file, String problem, int line, int column, String pointer) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(':');
        }
        if (line > 0) {
            b.append(line).append(':').append(column).append(": ");
        } else if (file != null) {
            b.append(' ');
        }
        b.append(problem);
        if (!pointer.isEmpty()) {
            b.append(" (at ").append(pointer).append(')');
        }
        return b.toString();
    }
}
