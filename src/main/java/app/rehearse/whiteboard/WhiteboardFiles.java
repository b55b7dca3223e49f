package app.rehearse.whiteboard;

import app.rehearse.storage.FileStamps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** A session folder's diagram files: {@code whiteboard.json} (the drawing) and {@code whiteboard.png} (its picture). */
public final class WhiteboardFiles {
    public static final String DRAWING = WhiteboardCodec.FILE_NAME;
    public static final String PICTURE = "whiteboard.png";

    /** A drawing as found on disk: none yet, read, or unreadable with the reason. */
    public record Found(Optional<SavedBoard> board, Optional<String> problem) {
        static final Found NONE = new Found(Optional.empty(), Optional.empty());
    }

    private WhiteboardFiles() {}

    /** Reads a session's drawing for looking at; nothing on disk changes. */
    public static Found read(Path sessionFolder) {
        try {
            return new Found(Optional.of(new WhiteboardCodec().load(sessionFolder.resolve(DRAWING))), Optional.empty());
        } catch (NoSuchFileException e) {
            return Found.NONE;
        } catch (IOException | WhiteboardFormatException e) {
            return new Found(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /**
     * Reads a session's drawing to keep editing it. An unreadable file is renamed aside
     * ({@code whiteboard.damaged-<time>.json}) so that the fresh board saved next never replaces it.
     */
    public static Found readForEditing(Path sessionFolder, Clock clock) {
        Found found = read(sessionFolder);
        if (found.problem().isPresent()) {
            Path damaged = sessionFolder.resolve("whiteboard.damaged-" + FileStamps.of(clock.instant()
                    .atZone(clock.getZone())) + ".json");
            try {
                Files.move(sessionFolder.resolve(DRAWING), damaged);
                return new Found(Optional.empty(), Optional.of(found.problem().get() + " (kept as "
                        + damaged.getFileName() + ")"));
            } catch (IOException e) {
                return new Found(Optional.empty(), Optional.of(found.problem().get()
                        + " (could not be set aside: " + e.getMessage() + ")"));
            }
        }
        return found;
    }
}
