package app.rehearse.ui;

import app.rehearse.ui.common.Dialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;

/**
 * The real app under test on a data directory of its own. A test may write into {@link #home()} first (past
 * sessions, broken files), then {@link #start()} the app, and may stop and start it again on the same directory,
 * as a person reopening it would. {@link RehearseAppExtension} gives each test one and stops it afterwards.
 */
public final class RunningApp {
    private final Path home;
    private final Stage stage;
    private RehearseApp app;

    RunningApp(Path home, Stage stage) {
        this.home = home;
        this.stage = stage;
    }

    /** The data directory, fresh and empty when the test begins; the app reads and writes only there. */
    public Path home() {
        return home;
    }

    /** The stage TestFX hands to {@code @Start} methods; the app shows its window in it. */
    public Stage stage() {
        return stage;
    }

    /** Starts the app on {@link #home()} and returns once its window is shown. */
    public void start() throws Exception {
        if (app != null) {
            throw new IllegalStateException("the app is already running; stop() or restart() it first");
        }
        app = AppTestSupport.start(stage, home);
    }

    /** Stops the app as closing its window would, if it is running, and forgets {@code rehearse.home}. */
    public void stop() throws Exception {
        RehearseApp running = app;
        app = null;
        AppTestSupport.stop(running);
    }

    /** Stops the app and starts it again on the same data directory. */
    public void restart() throws Exception {
        stop();
        start();
    }

    /** Answers the running app's dialogs with {@code dialogs} (file choosers cannot be driven). */
    public void useDialogs(Dialogs dialogs) {
        if (app == null) {
            throw new IllegalStateException("the app is not running; start() it first");
        }
        app.useDialogs(dialogs);
    }

    /** The services of the running app, for reaching behind the window (file choosers, settings). */
    public AppServices services() {
        if (app == null) {
            throw new IllegalStateException("the app is not running; start() it first");
        }
        return app.services();
    }

    /** What the sessions folder holds, by name and so oldest first; empty before the first session. */
    public List<Path> sessionFolders() throws IOException {
        Path sessions = home.resolve("sessions");
        if (!Files.isDirectory(sessions)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(sessions)) {
            return list.sorted().toList();
        }
    }
}
