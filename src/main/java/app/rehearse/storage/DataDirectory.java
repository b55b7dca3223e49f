package app.rehearse.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Rehearse keeps the user's files, decided in this order: {@code --data-dir DIR},
 * the {@code REHEARSE_HOME} environment variable, the {@code rehearse.home} system property,
 * then the platform's convention for application data.
 */
public final class DataDirectory {
    public static final String ENV = "REHEARSE_HOME";
    public static final String PROPERTY = "rehearse.home";

    private DataDirectory() {}

    /** Resolves the directory for this process. */
    public static Path resolve(Optional<String> commandLine) {
        return resolve(commandLine, System.getenv(), System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(Optional<String> commandLine, Map<String, String> env, String property, String osName,
            String userHome) {
        Optional<String> chosen = commandLine.filter(DataDirectory::present)
                .or(() -> Optional.ofNullable(env.get(ENV)).filter(DataDirectory::present))
                .or(() -> Optional.ofNullable(property).filter(DataDirectory::present));
        return chosen.map(p -> Path.of(p).toAbsolutePath().normalize())
                .orElseGet(() -> platformDefault(env, osName, userHome));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return present(appData) ? Path.of(appData, "Rehearse") : Path.of(userHome, "AppData", "Roaming", "Rehearse");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Rehearse");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "rehearse")
                : Path.of(userHome, ".local", "share", "rehearse");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
