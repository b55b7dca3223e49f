package app.rehearse.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one Jackson mapper the app writes its files with; thread-safe once built. Building it loads
 * hundreds of classes, so it is built the first time a file is written or read, on the background
 * thread, not when a store is created on the FX thread while the first window is being built.
 */
public final class Jackson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** The mapper's writer with Jackson's default pretty printer: how the app's own files are laid out. */
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Jackson() {
    }
}
