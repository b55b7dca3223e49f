package app.rehearse.grading;

import java.io.IOException;

/**
 * Grading data that cannot be read: damaged, or written by a newer Rehearse. The message says
 * which and where, in words a user can act on.
 */
public final class GradingFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean newerVersion;

    public GradingFormatException(String message, boolean newerVersion) {
        super(message);
        this.newerVersion = newerVersion;
    }

    /** True when the data is fine but comes from a newer Rehearse; updating the app will read it. */
    public boolean newerVersion() {
        return newerVersion;
    }
}
