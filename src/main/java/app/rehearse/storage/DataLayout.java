package app.rehearse.storage;

import java.nio.file.Path;

/** The named places inside a data directory. */
public record DataLayout(Path root) {
    public Path questions() {
        return root.resolve("questions");
    }

    public Path checklists() {
        return root.resolve("checklists");
    }

    public Path sessions() {
        return root.resolve("sessions");
    }

    public Path stories() {
        return root.resolve("stories");
    }

    /** The mock loop under way and the user's loop template. */
    public Path loops() {
        return root.resolve("loops");
    }

    public Path trash() {
        return root.resolve("trash");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path drawHistory() {
        return root.resolve("draw-history.json");
    }

    public Path settings() {
        return root.resolve("settings.json");
    }

    public Path lockFile() {
        return root.resolve(".lock");
    }
}
