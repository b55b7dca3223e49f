package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class MockLoopUiTest {

    @Test
    void aLoopRunsRoundByRoundWithABreakAndResumesAtItsRoundAfterACrash(FxRobot robot, RunningApp app) throws Exception {
        Path loops = Files.createDirectories(app.home().resolve("loops"));
        Files.writeString(loops.resolve("template.json"), "{\"version\": 1, \"rounds\": [{\"type\": \"trade-off\"},"
                + " {\"type\": \"trade-off\"}], \"breakMinutes\": 0}");
        app.start();
        robot.clickOn("#navToday");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#loopTemplate").queryAs(Label.class).getText()
                .equals("Trade-off drill, Trade-off drill; no breaks"));

        robot.clickOn(UiActions.scrolledIntoView(robot, robot.lookup("#mockLoopButton").query()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress(robot).startsWith("Mock loop \u00b7 Round 1 of 2"));
        Path current = loops.resolve("current.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(current).contains("\"session\""));
        String first = robot.lookup(".session-question").queryAs(Label.class).getText();

        UiActions.finishNow(robot);
        robot.clickOn("#nextRoundButton");
        assertThat(robot.lookup("#breakTimer").queryAs(Label.class).getText()).startsWith("Break over");
        robot.clickOn("#startNextRoundButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress(robot).startsWith("Mock loop \u00b7 Round 2 of 2"));
        assertThat(robot.lookup(".session-question").queryAs(Label.class).getText()).as("no question twice in a loop")
                .isNotEqualTo(first);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(current).contains("\"round\" : 1"));

        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress(robot).startsWith("Mock loop \u00b7 Round 2 of 2"));

        UiActions.finishNow(robot);
        assertThat(robot.lookup("#nextRoundButton").queryButton().getText()).isEqualTo("Finish the mock loop");
        robot.clickOn("#nextRoundButton");
        assertThat(robot.lookup("#loopSummary").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(current));
    }

    @Test
    void theLoopIsEditedInADialogAndALoopLeftBetweenRoundsContinuesAfterARestart(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        robot.clickOn("#navToday");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#loopTemplate").queryAs(Label.class).getText()
                .startsWith("System design, Behavioral, Behavioral, Trade-off drill"));
        robot.clickOn(UiActions.scrolledIntoView(robot, robot.lookup("#editLoopButton").query()));
        robot.clickOn("#addLoopRoundButton");
        robot.clickOn("#saveLoopTemplateButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#loopTemplate").queryAs(Label.class).getText()
                .equals("System design, Behavioral, Behavioral, Trade-off drill, Behavioral; 5-minute breaks"));
        Path template = app.home().resolve("loops/template.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(template)
                && Files.readString(template).split("\"type\"").length == 6);

        robot.clickOn(UiActions.scrolledIntoView(robot, robot.lookup("#mockLoopButton").query()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress(robot).startsWith("Mock loop \u00b7 Round 1 of 5"));
        UiActions.finishNow(robot);
        robot.clickOn("#nextRoundButton");
        assertThat(robot.lookup("#breakTimer").queryAs(Label.class).getText()).startsWith("Break: 5:00 left");
        Path current = app.home().resolve("loops/current.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(current).contains("\"round\" : 1"));

        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeLoopButton").tryQuery().isPresent());
        robot.clickOn("#resumeLoopButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress(robot).startsWith("Mock loop \u00b7 Round 2 of 5"));
    }

    private static String progress(FxRobot robot) {
        return robot.lookup("#loopProgress").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
