package app.rehearse.history;

import java.nio.file.Path;

/** A session folder that could not be read, listed with the reason instead of being hidden. */
public record DamagedEntry(Path folder, String reason) {
    /** The folder name, which is the id to trash it with. */
    public String id() {
        return folder.getFileName().toString();
    }
}
