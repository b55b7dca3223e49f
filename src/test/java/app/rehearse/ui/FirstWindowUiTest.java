package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The first window shows its frame at once and its first page right after; "ready" means both are there. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class FirstWindowUiTest {
    @Test
    void theFrameShowsBeforeTheFirstPageAndTheAppIsReadyOnlyOnceThePageIsThere(RunningApp app) throws Exception {
        Stage stage = app.stage();
        AtomicBoolean navigationAtShow = new AtomicBoolean();
        AtomicBoolean pageAtShow = new AtomicBoolean(true);
        stage.setOnShown(e -> {
            navigationAtShow.set(stage.getScene().lookup("#navToday") != null);
            pageAtShow.set(stage.getScene().lookup("#todayPage") != null);
        });

        app.start();

        assertThat(navigationAtShow).as("the navigation is in the window it shows").isTrue();
        assertThat(pageAtShow).as("the first page is built after the window shows").isFalse();
        Node today = stage.getScene().lookup("#todayPage");
        assertThat(today).as("ready means the first page is there").isNotNull();
        assertThat(today.isVisible()).isTrue();
        assertThat(((Button) stage.getScene().lookup("#settingsButton")).getTooltip()).isNotNull();
        assertThat(((Button) stage.getScene().lookup("#helpButton")).getTooltip()).isNotNull();
    }

    @Test
    void launchedAsJavaFxDoesTheDataFolderOpensBeforeTheWindowIsBuilt(RunningApp app) throws Exception {
        RehearseApp launched = AppTestSupport.initialised(app.home());
        try {
            assertThat(launched.services()).as("init() opened the data folder, off the FX thread").isNotNull();
            assertThat(app.stage().isShowing()).isFalse();

            AppTestSupport.started(launched, app.stage());

            assertThat(app.stage().getScene().lookup("#todayPage")).isNotNull();
            assertThat(app.stage().getScene().lookup("#startupError")).isNull();
        } finally {
            AppTestSupport.stop(launched);
        }
    }

    @Test
    void theWindowCarriesTheIconAtTheSizesDesktopsAskFor(RunningApp app) throws Exception {
        app.start();

        // Decoded after the first frame, off the FX thread.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.stage().getIcons().size() == 4);
        assertThat(app.stage().getIcons()).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 256.0);
    }
}
