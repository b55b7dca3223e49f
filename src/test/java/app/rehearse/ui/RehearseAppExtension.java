package app.rehearse.ui;

import app.rehearse.storage.IoGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives each UI test a {@link RunningApp} parameter (in the test and in its {@code @BeforeEach} methods): the real
 * app on a fresh temporary data directory, in the stage TestFX's {@link ApplicationExtension} hands to
 * {@code @Start} methods. The test starts the app when its data is in place; after the test, passed or failed,
 * the app is stopped, {@code rehearse.home} cleared and the directory deleted.
 *
 * <p>Register it after TestFX's extension, {@code @ExtendWith({ApplicationExtension.class,
 * RehearseAppExtension.class})}: the stage is then set up before the test, and the app stops before TestFX hides
 * the windows, as an {@code @AfterEach} method would.
 */
public final class RehearseAppExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The window's size when the app opens it (the scene's size in {@code RehearseApp}). */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RehearseAppExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        if (stage == null) {
            throw new IllegalStateException("no stage: register ApplicationExtension before RehearseAppExtension");
        }
        // TestFX hands every test the same stage: a size one test set must not carry over to the next.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
        }).get(10, TimeUnit.SECONDS);
        Path home = Files.createTempDirectory("rehearse-home-");
        context.getStore(NAMESPACE).put(RunningApp.class, new RunningApp(home, stage));
        // Any file the app reads or writes on the FX thread now fails the test that caused it.
        IoGuard.arm(Platform::isFxApplicationThread);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        IoGuard.arm(() -> false);
        RunningApp app = context.getStore(NAMESPACE).remove(RunningApp.class, RunningApp.class);
        if (app == null) {
            return;
        }
        try {
            app.stop();
        } finally {
            deleteTree(app.home());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningApp app = context.getStore(NAMESPACE).get(RunningApp.class, RunningApp.class);
        if (app == null) {
            throw new ParameterResolutionException("a RunningApp belongs to one test: ask for it in a test or an "
                    + "@BeforeEach or @AfterEach method");
        }
        return app;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> walk = Files.walk(root)) {
            deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.delete(path);
        }
    }
}
