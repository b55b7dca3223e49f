package app.rehearse.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Run in a child JVM by {@link DirectoryLockTest}: tries the lock and prints "acquired" or "busy". */
public final class LockProbe {
    private LockProbe() {}

    public static void main(String[] args) throws Exception {
        Optional<DirectoryLock> lock = DirectoryLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "acquired" : "busy");
        if (lock.isPresent()) {
            lock.get().close();
        }
    }
}
