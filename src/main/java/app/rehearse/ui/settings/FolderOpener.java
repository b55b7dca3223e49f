package app.rehearse.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Shows a folder in the system's file manager: {@code open} on macOS, Explorer on Windows, {@code xdg-open}
 * elsewhere. Starts a process, so call it off the FX thread; a failure says which command could not do it.
 */
public final class FolderOpener {
    private FolderOpener() {}

    public static void open(Path folder) throws IOException {
        List<String> command = command(System.getProperty("os.name", ""), folder);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // xdg-open and open return at once; Explorer's exit code means nothing, so only a failure to start counts.
            if (process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() != 0 && !command.get(0).equals("explorer")) {
                throw new IOException(command.get(0) + " could not open " + folder + " (exit code " + process.exitValue()
                        + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String target = folder.toAbsolutePath().toString();
        if (os.contains("mac")) {
            return List.of("open", target);
        }
        if (os.contains("win")) {
            return List.of("explorer", target);
        }
        return List.of("xdg-open", target);
    }
}
