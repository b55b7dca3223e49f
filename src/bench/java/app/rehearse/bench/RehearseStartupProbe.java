package app.rehearse.bench;

import app.rehearse.ui.RehearseApp;
import javafx.stage.Stage;

/** Rehearse as a user starts it, reporting the moment its first window is shown. */
public final class RehearseStartupProbe extends RehearseApp {
    @Override
    public void start(Stage stage) {
        stage.setOnShown(e -> StartupBenchmark.reportShown());
        super.start(stage);
    }

}
