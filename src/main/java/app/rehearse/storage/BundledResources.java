package app.rehearse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** Files shipped inside the app (on its class path), read whole. Call off the FX thread, like any file. */
public final class BundledResources {
    private BundledResources() {}

    /** @param name the resource's absolute name, e.g. {@code /app/rehearse/ui/icon/rehearse-16.png} */
    public static byte[] read(String name) throws IOException {
        try (InputStream in = BundledResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NoSuchFileException(name, null, "missing from the app");
            }
            return in.readAllBytes();
        }
    }
}
