package app.rehearse.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Writes files so that a reader (or a crash) sees either the old contents or the new ones,
 * never a torn mix: write a temporary file beside the target, force it to disk, rename it over
 * the target atomically, then force the directory so the rename itself survives a power cut.
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        IoGuard.check("writing", target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(dir);
    }

    /** Makes a rename durable. Some platforms (Windows) cannot open a directory; there the rename is left to the OS. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "could not fsync directory " + dir + "; relying on the OS", e);
        }
    }

    /** True for the temporary files this class leaves behind if the process dies mid-write. */
    public static boolean isLeftoverTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes the temporary files that writes interrupted by a crash left below {@code root} (at most
     * {@code depth} folders down). Call only while holding the data directory's lock, so no write of
     * this app is under way. Returns how many were removed; one that cannot be removed is logged.
     */
    public static int removeLeftoverTemps(Path root, int depth) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            leftovers = walk.filter(AtomicFiles::isLeftoverTemp).filter(Files::isRegularFile).toList();
        }
        int removed = 0;
        for (Path leftover : leftovers) {
            try {
                Files.deleteIfExists(leftover);
                removed++;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove the leftover temporary file " + leftover, e);
            }
        }
        return removed;
    }
}
