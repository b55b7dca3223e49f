package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.common.AnsweringDialogs;
import app.rehearse.ui.history.HistoryRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
        UiActions.click(robot, robot.lookup("#rubric-0 .score-2").queryAs(Node.class));
        int firstScore = Integer.parseInt(robot.lookup("#scoreLabel").queryAs(Label.class).getText().replace(" / 100", ""));
        robot.clickOn("#saveGradeButton");
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

        // The report: the second round was left ungraded, so it counts as 0 and sinks the call.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#loopFormula").tryQuery().isPresent());
        assertThat(robot.lookup("#loopFormula").queryAs(Label.class).getText()).isEqualTo("mean (" + firstScore + " + 0) / 2 = "
                + String.format(Locale.ROOT, "%.1f", firstScore / 2.0) + "; weakest round 0 \u2192 No hire");
        assertThat(robot.lookup("#loopVerdict").queryAs(Label.class).getText()).isEqualTo("No hire");
        pictures(robot, app, "loop-report");
        assertThat(robot.lookup("#loopRound-1 .loop-round-score").queryAs(Label.class).getText())
                .isEqualTo("0/100");
        Path exported = app.home().resolve("loop-report.md");
        app.useDialogs(new AnsweringDialogs().fileToSave(exported));
        robot.clickOn("#exportLoopButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(exported));
        assertThat(Files.readString(exported)).startsWith("# Mock loop, ").contains("**No hire**", "| 1 | Trade-off drill | "
                + first + " |", "not graded (0)");

        // In History the loop is one entry that stands for its rounds, and opens each of them.
        UiActions.openHistory(robot, 1);
        assertThat(robot.lookup("#historyTable").queryAs(TableView.class).getItems()).singleElement()
                .satisfies(row -> assertThat(((HistoryRow) row).isLoop()).isTrue());
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").tryQuery().isPresent()
                && robot.lookup("#loopVerdict").tryQuery().isPresent());
        pictures(robot, app, "history-loop");
        robot.clickOn(UiActions.scrolledIntoView(robot, robot.lookup("#reviewRound-0").query()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").queryAs(TableView.class)
                .getItems().size() == 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reviewPane .question-title").tryQuery()
                .map(n -> ((Label) n).getText().equals(first)).orElse(false));
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

    /** With -Dscreenshots=true, the screen at both sizes the app must fit. */
    private static void pictures(FxRobot robot, RunningApp app, String name) throws Exception {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        UiActions.resize(robot, app, 1024, 700);
        Screenshots.capture(app.stage(), name + "-1024");
        UiActions.resize(robot, app, 1280, 820);
        Screenshots.capture(app.stage(), name + "-1280");
    }

    private static String progress(FxRobot robot) {
        return robot.lookup("#loopProgress").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
