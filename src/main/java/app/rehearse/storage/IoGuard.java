package app.rehearse.storage;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A tripwire for tests: once armed with a test of "is this the UI thread?", every file this package
 * reads or writes fails loudly when done on that thread. The app never arms it (storage knows nothing
 * of any UI toolkit); the UI test extension does, so a file touched on the FX thread fails the test.
 */
public final class IoGuard {
    private static volatile BooleanSupplier forbidden = () -> false;

    private IoGuard() {}

    /** Makes file work fail while {@code onForbiddenThread} says true; {@code () -> false} disarms it. */
    public static void arm(BooleanSupplier onForbiddenThread) {
        forbidden = onForbiddenThread;
    }

    /** The same check for file work in other packages, such as recording and playing back answers. */
    public static void checkFile(String what, Path file) {
        check(what, file);
    }

    static void check(String what, Path file) {
        if (forbidden.getAsBoolean()) {
            throw new IllegalStateException(what + " " + file + " on the UI thread; file work belongs on the I/O thread");
        }
    }
}
