package app.rehearse.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the classes the first window needs on a thread of its own, ahead of the UI thread, which would otherwise load
 * about a thousand of them one by one between the app's {@code init()} and showing the window. Classes are loaded,
 * not initialised, so no static code of JavaFX runs off its thread. Started by {@code init()}, not sooner: beside the
 * JavaFX toolkit's own start it only slowed that down on two cores.
 *
 * <p>The list, in the order JavaFX's launcher thread and the UI thread needed them, is recorded by {@code mvn
 * -Pbench -DskipTests compile exec:exec@bench -Dbench=startup-classes}. It ends where the window is shown: loading
 * the first page's classes too kept a core busy while the window was being shown and made the start no faster. A
 * class this platform does not have (JavaFX differs a little between systems) is skipped. Setting {@value #SWITCH}
 * to {@code false} turns the loading off, which the recording does.
 */
public final class StartupClasses {
    public static final String LIST = "/app/rehearse/ui/shell/startup-classes.txt";
    public static final String SWITCH = "rehearse.startupClasses";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StartupClasses() {}

    /** Looked up when needed, on the loading thread: setting up logging is not worth the launcher thread's time. */
    private static Logger log() {
        return Logger.getLogger(StartupClasses.class.getName());
    }

    /** Starts loading the listed classes in the background, once a process, unless turned off. */
    public static void startLoading() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        // Not the app's executor: this starts before the app's services exist, and is done about when the window shows.
        Thread loading = new Thread(StartupClasses::loadListed, "startup-classes");
        loading.setDaemon(true);
        loading.start();
    }

    private static void loadListed() {
        List<String> names = listed();
        int missing = names.size() - load(names, StartupClasses.class.getClassLoader());
        if (missing > 0) {
            log().fine(() -> missing + " of " + names.size() + " start-up classes are not on this platform");
        }
    }

    /** The names in the list, one per line. */
    static List<String> listed() {
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                log().warning("the start-up class list " + LIST + " is missing; the UI thread loads them itself");
                return List.of();
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads each named class without initialising it; returns how many this class path has. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                log().log(Level.FINER, "start-up class skipped: " + name, e);
            }
        }
        return loaded;
    }
}
