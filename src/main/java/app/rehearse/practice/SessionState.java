package app.rehearse.practice;

/** Where a session is in its life. */
public enum SessionState {
    READY, RUNNING, PAUSED, FINISHED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
