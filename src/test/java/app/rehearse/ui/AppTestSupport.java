package app.rehearse.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real app on a temporary data directory, as the UI contract prescribes. */
public final class AppTestSupport {
    private AppTestSupport() {}

    /** Starts the app as the UI contract does: {@code start(stage)} alone, on the FX thread. */
    public static RehearseApp start(Stage stage, Path home) throws Exception {
        System.setProperty("rehearse.home", home.toString());
        return started(new RehearseApp(), stage);
    }

    /** Starts the app as JavaFX's launcher does: {@code init()} on this thread, then {@code start(stage)}. */
    public static RehearseApp launch(Stage stage, Path home) throws Exception {
        return started(initialised(home), stage);
    }

    /** The app once JavaFX's launcher would have called {@code init()}: this thread stands in for the launcher's. */
    static RehearseApp initialised(Path home) {
        System.setProperty("rehearse.home", home.toString());
        RehearseApp app = new RehearseApp();
        app.init();
        return app;
    }

    /** Calls {@code start(stage)} on the FX thread and returns once the app is ready. */
    static RehearseApp started(RehearseApp app, Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            return null;
        }).get(30, TimeUnit.SECONDS);
        if (app.services() != null) {
            app.ready().get(30, TimeUnit.SECONDS);
            app.services().backgroundSettled().get(30, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    public static void stop(RehearseApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty("rehearse.home");
    }
}
