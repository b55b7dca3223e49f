package app.rehearse.ui.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the system is set to a dark appearance, asked the way each desktop answers: GNOME's colour scheme
 * or GTK theme on Linux, the interface style on macOS, the apps' light-theme switch on Windows. JavaFX 21 has
 * no API for it. Runs a short command, so call it off the FX thread; anything it cannot tell counts as light.
 */
public final class SystemLook {
    private static final Logger LOG = Logger.getLogger(SystemLook.class.getName());
    private static final long TIMEOUT_MS = 2_000;

    /** Runs a command and gives what it printed, or nothing when it could not run or failed. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private SystemLook() {}

    /**
     * Asks this machine on a thread of its own: a desktop tool that hangs must not hold up the app's I/O thread,
     * which loads the bank and the settings meanwhile.
     */
    public static CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread asking = new Thread(() -> answer.complete(prefersDark()), "system-look");
        asking.setDaemon(true);
        asking.start();
        return answer;
    }

    /** Asks this machine, on the calling thread. */
    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemLook::run);
    }

    static boolean prefersDark(String osName, Map<String, String> env, Commands commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        if (os.contains("win")) {
            return commands.output(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"))
                    .map(out -> out.contains("0x0")).orElse(false);
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        Optional<String> scheme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(out -> out.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        return commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = readAtMost(process.getInputStream(), 4096);
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            // Not this desktop's tool (no gsettings on KDE, say): the system's look is simply unknown.
            LOG.log(Level.FINE, "could not ask " + command.get(0) + " for the system's look", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        for (int n; out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
