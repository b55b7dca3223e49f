package app.rehearse.whiteboard;

import java.util.Locale;
import java.util.Objects;

/**
 * One change as it happened: when (milliseconds into the session), in which interview phase, how
 * (an edit, an undo or a redo), under what name, and exactly what changed. Replaying entries in
 * order from an empty board rebuilds the board at any moment.
 */
public record LogEntry(long elapsedMillis, String phase, Origin origin, String action, Delta delta) {
    /** What the user did to cause the change. */
    public enum Origin {
        EDIT, UNDO, REDO;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** The word used in whiteboard.json. */
        public String id() {
            return id;
        }
    }

    public LogEntry {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(delta, "delta");
        if (elapsedMillis < 0) {
            throw new IllegalArgumentException("elapsed time cannot be negative: " + elapsedMillis);
        }
    }
}
