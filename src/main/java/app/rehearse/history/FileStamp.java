package app.rehearse.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Size and modification time of a file, to tell whether it changed since it was indexed.
 * Files are always replaced atomically by a rename, which sets a new modification time.
 */
record FileStamp(long size, long modifiedMicros) {
    static final FileStamp ABSENT = new FileStamp(-1, -1);
    /** The file could not even be looked at (no permission, say); reading it will say why. */
    static final FileStamp UNREADABLE = new FileStamp(-2, -2);
    /** Matches no file: the entry is read again at the next refresh. */
    static final FileStamp UNSETTLED = new FileStamp(-3, -3);

    static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    boolean absent() {
        return equals(ABSENT);
    }
}
