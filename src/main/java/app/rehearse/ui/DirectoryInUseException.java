package app.rehearse.ui;

import java.nio.file.Path;

/** Another running Rehearse owns the data directory. */
public final class DirectoryInUseException extends RuntimeException {
    private final transient Path directory;

    public DirectoryInUseException(Path directory) {
        super("Another Rehearse window is already using " + directory
                + ". Close it first, or start this one with --data-dir pointing elsewhere.");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
