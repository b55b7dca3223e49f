package app.rehearse.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: Today with unfinished work to pick up, Settings and help, at both window sizes, saved to
 * target/screenshots/shell. Run with -Dscreenshots=true.
 */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ShellTour {

    @Test
    void todaySettingsAndHelp(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        app.restart();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pickUpBanner").query().isVisible());
        for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
            UiActions.resize(robot, app, size[0], size[1]);
            Screenshots.capture(app.stage(), "shell/today-pick-up-" + size[0]);
        }
        robot.clickOn("#settingsButton");
        Screenshots.capture(robot.lookup("#settingsDialog").query().getScene().getWindow(), "shell/settings");
        robot.clickOn("Close");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#helpWindow").tryQuery().isPresent());
        Screenshots.capture(robot.lookup("#helpWindow").query().getScene().getWindow(), "shell/help-guide");
        robot.clickOn("Keyboard");
        Screenshots.capture(robot.lookup("#helpWindow").query().getScene().getWindow(), "shell/help-keys");
    }
}
