package app.rehearse.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Copies of files taken just before something destructive (a delete, an import over a pack),
 * named {@code yyyyMMdd-HHmmss-<file name>} so a person can find yesterday's version by eye.
 */
public final class Backups {
    /** The largest file kept; every file the app backs up has a smaller cap of its own. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private final Path dir;
    private final Clock clock;

    public Backups(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Copies {@code file} into the backup folder (atomically) and returns the copy. */
    public Path keep(Path file) throws IOException {
        byte[] bytes = UserFiles.read(file, MAX_FILE_BYTES);
        String stamp = FileStamps.of(clock.instant().atZone(clock.getZone()));
        String name = file.getFileName().toString();
        Path target = dir.resolve(stamp + "-" + name);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(stamp + "-" + n + "-" + name);
        }
        AtomicFiles.write(target, bytes);
        return target;
    }

    public Path dir() {
        return dir;
    }
}
