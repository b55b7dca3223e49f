package app.rehearse.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for start-up: the smallest JavaFX app that shows a window, started the same way. */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), 1280, 820));
        stage.setOnShown(e -> StartupBenchmark.reportShown());
        stage.show();
    }

}
