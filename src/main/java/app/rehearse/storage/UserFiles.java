package app.rehearse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads files a user (or a stranger's pack) may have put anywhere: only regular files, and never
 * more than a cap. A FIFO, a directory or a device named like a data file would otherwise block a
 * thread forever or fill the heap; here each is a clear {@link IOException} that names the file.
 */
public final class UserFiles {
    private UserFiles() {}

    /** Thrown when a file is larger than its reader's cap; nothing of it was kept. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException(Path file, long cap) {
            super(file + ": larger than " + describe(cap) + ", the most this file may hold");
        }
    }

    /** The whole file, if it is a regular file of at most {@code cap} bytes. */
    public static byte[] read(Path file, long cap) throws IOException {
        IoGuard.check("reading", file);
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw new TooLargeException(file, cap);
            }
            return bytes;
        }
    }

    /** Refuses anything but a regular file (following links), naming what it found instead. */
    public static void requireRegular(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        throw new IOException(file + ": not a regular file (" + (Files.isDirectory(file) ? "a folder" : "a pipe, device or"
                + " broken link") + "); it was left as it is");
    }

    static String describe(long bytes) {
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MiB" : bytes >= 1 << 10 ? bytes / (1 << 10) + " KiB" : bytes + " bytes";
    }
}
