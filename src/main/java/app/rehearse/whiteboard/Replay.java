package app.rehearse.whiteboard;

import java.util.List;

/** Rebuilds a board as it stood at a moment of the session, from its change log. */
public final class Replay {
    private Replay() {}

    /** The board after every entry stamped at or before {@code elapsedMillis}. */
    public static Board boardAt(List<LogEntry> log, long elapsedMillis) {
        int count = 0;
        while (count < log.size() && log.get(count).elapsedMillis() <= elapsedMillis) {
            count++;
        }
        return boardAfter(log, count);
    }

    /** The board after the first {@code entries} entries of the log. */
    public static Board boardAfter(List<LogEntry> log, int entries) {
        return Board.of(replay(log, entries).byZ.values());
    }

    /** The session time of the last change (0 for an empty log). */
    public static long endMillis(List<LogEntry> log) {
        return log.isEmpty() ? 0 : log.get(log.size() - 1).elapsedMillis();
    }

    /**
     * Applies the first {@code entries} entries to an empty table, checking each like a board would.
     * @throws InvalidLogException naming the first entry that does not apply
     */
    static ShapeTable replay(List<LogEntry> log, int entries) {
        ShapeTable table = new ShapeTable();
        for (int i = 0; i < entries; i++) {
            try {
                table.check(log.get(i).delta());
            } catch (IllegalStateException e) {
                throw new InvalidLogException(i, e.getMessage());
            }
            table.apply(log.get(i).delta());
        }
        return table;
    }

    /** A log entry that does not fit the board the earlier entries built. */
    static final class InvalidLogException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        final int entry;

        InvalidLogException(int entry, String reason) {
            super("change " + entry + " does not apply: " + reason);
            this.entry = entry;
        }
    }
}
