package app.rehearse.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real app on a temporary data directory, as the UI contract prescribes. */
public final class AppTestSupport {
    private AppTestSupport() {}

    public static RehearseApp start(Stage stage, Path home) throws Exception {
        System.setProperty("rehearse.home", home.toString());
        RehearseApp app = new RehearseApp();
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
