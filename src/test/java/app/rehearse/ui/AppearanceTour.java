package app.rehearse.ui;

import app.rehearse.practice.Appearance;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Not a check: the main screens in the dark theme at both window sizes and with larger text, saved to
 * target/screenshots/appearance. Run with -Dscreenshots=true.
 */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AppearanceTour {

    @Test
    void darkAndLargerText(FxRobot robot, RunningApp app) throws Exception {
        SampleHistory.write(app.home());
        for (String look : new String[] {"dark", "text-125", "text-150"}) {
            Appearance appearance = switch (look) {
                case "dark" -> Appearance.DEFAULT.withTheme(Appearance.Theme.DARK);
                case "text-125" -> Appearance.DEFAULT.withTheme(Appearance.Theme.LIGHT)
                        .withTextSize(Appearance.TextSize.LARGER);
                default -> Appearance.DEFAULT.withTheme(Appearance.Theme.LIGHT).withTextSize(Appearance.TextSize.LARGEST);
            };
            Files.writeString(app.home().resolve("settings.json"), "{\"version\": 1, \"theme\": \""
                    + appearance.theme().id() + "\", \"textSize\": \"" + appearance.textSize().id() + "\"}");
            app.start();
            int[][] sizes = look.equals("dark") ? new int[][] {{1280, 820}, {1024, 700}} : new int[][] {{1280, 820}};
            for (int[] size : sizes) {
                UiActions.resize(robot, app, size[0], size[1]);
                String suffix = "-" + look + "-" + size[0];
                robot.clickOn("#navToday");
                Screenshots.capture(app.stage(), "appearance/today" + suffix);
                robot.clickOn("#navHistory");
                robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
                Thread.sleep(500);
                Screenshots.capture(app.stage(), "appearance/history" + suffix);
                UiActions.startSession(robot, "system-design");
                robot.clickOn("#toolRect");
                UiActions.dragOnBoard(robot, 60, 60, 220, 150);
                Screenshots.capture(app.stage(), "appearance/session" + suffix);
                UiActions.finishNow(robot);
                Screenshots.capture(app.stage(), "appearance/grading" + suffix);
                robot.clickOn("#backToPracticeButton");
            }
            app.stop();
        }
    }
}
