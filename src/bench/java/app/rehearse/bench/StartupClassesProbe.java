package app.rehearse.bench;

import app.rehearse.ui.RehearseApp;
import javafx.stage.Stage;

/**
 * Rehearse as a user starts it, marking in the class-load log where its start begins (on JavaFX's launcher thread),
 * where the UI thread takes over, and where the window is shown: the marker classes are loaded at those moments, on
 * those threads. {@link StartupClassList} reads the log.
 */
public final class StartupClassesProbe extends RehearseApp {
    static final class Begin {
        static void mark() {}
    }

    static final class OnUiThread {
        static void mark() {}
    }

    static final class Shown {
        static void mark() {}
    }

    @Override
    public void init() {
        Begin.mark();
        super.init();
    }

    @Override
    public void start(Stage stage) {
        OnUiThread.mark();
        stage.setOnShown(e -> {
            Shown.mark();
            StartupBenchmark.reportShown();
        });
        super.start(stage);
    }
}
