package app.rehearse.ui;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Not a check: walks the main screens and saves screenshots to target/screenshots. Run with -Dscreenshots=true. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTour {
    @Test
    void tour(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        Screenshots.capture(app.stage(), "00-today");
        UiActions.openPractice(robot);
        Screenshots.capture(app.stage(), "01-practice-empty");
        robot.clickOn("#drawType").clickOn("system-design");
        robot.clickOn("#drawButton");
        Screenshots.capture(app.stage(), "02-practice-drawn");
        robot.clickOn("#startButton");
        robot.clickOn("#hintButton");
        robot.clickOn("#notesArea").write("## Requirements\n- 10M users\n- p99 < 200 ms\n");
        robot.clickOn("#nextPhaseButton").clickOn("#nextPhaseButton");
        robot.clickOn("#toolRect");
        UiActions.dragOnBoard(robot, 40, 40, 160, 110);
        robot.clickOn("#toolEllipse");
        UiActions.dragOnBoard(robot, 60, 200, 180, 280);
        Screenshots.capture(app.stage(), "05-session");
        robot.clickOn("#numbersButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#numbersSheet").tryQuery()
                .map(javafx.scene.layout.VBox.class::isInstance).orElse(false));
        robot.clickOn("#estimateInput").write("3 TB/day in MB/s");
        Screenshots.capture(robot.lookup("#estimatePad").query().getScene().getWindow(), "05-numbers-window");
        robot.clickOn("#conceptsTab");
        Screenshots.capture(robot.lookup("#estimatePad").query().getScene().getWindow(), "05-concepts");
        robot.clickOn("#finishButton");
        robot.clickOn("Finish now");
        Screenshots.capture(app.stage(), "06-grading");
        javafx.scene.Node row = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        UiActions.click(robot, robot.from(row).lookup(".score-2").queryAs(javafx.scene.Node.class));
        UiActions.click(robot, robot.lookup("#rubric-0 .score-3").queryAs(javafx.scene.Node.class));
        Screenshots.capture(app.stage(), "07-grading-scored");
        UiActions.resize(robot, app, 1024, 700);
        UiActions.scrolledIntoView(robot, robot.lookup("#checklist").query());
        Screenshots.capture(app.stage(), "07-grading-checklist-1024");
        UiActions.resize(robot, app, 1280, 820);
        robot.clickOn("#navBank");
        robot.clickOn("#bankTable");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        Screenshots.capture(app.stage(), "03-bank");
        robot.clickOn("#navHistory");
        Screenshots.capture(app.stage(), "04-history");
    }

    @Test
    void historyTour(FxRobot robot, RunningApp app) throws Exception {
        SampleHistory.write(app.home());
        app.start();
        UiActions.openHistory(robot, 4);
        robot.clickOn("#historySearch").write("token");
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        Screenshots.capture(app.stage(), "08-history-review");
        UiActions.resize(robot, app, 1024, 700);
        Screenshots.capture(app.stage(), "08-history-review-1024");
        UiActions.scrolledIntoView(robot, robot.lookup("#reviewTimeline").query());
        Screenshots.capture(app.stage(), "08-history-review-1024-timeline");
        UiActions.resize(robot, app, 1280, 820);
        robot.clickOn("#navProgress");
        Thread.sleep(1500);
        Screenshots.capture(app.stage(), "09-progress");
    }

    @Test
    void referenceTour(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
            String suffix = "-" + size[0];
            robot.interact(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            robot.clickOn("#navPractice");
            robot.clickOn("#drawType").clickOn("system-design");
            robot.clickOn("#drawButton").clickOn("#startButton");
            robot.clickOn("#notesArea").write("## Requirements\n- crawl 2B pages a month\n- polite per host\n");
            robot.clickOn("#toolRect");
            UiActions.dragOnBoard(robot, 40, 40, 160, 110);
            robot.clickOn("#hintButton");
            Screenshots.capture(app.stage(), "14-session-hint" + suffix);
            robot.clickOn("#finishButton").clickOn("Finish now");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#showReferenceButton").tryQuery().isPresent());
            robot.clickOn("#showReferenceButton");
            Screenshots.capture(app.stage(), "10-reference" + suffix);
            robot.clickOn("#sideBySideButton");
            Screenshots.capture(app.stage(), "11-reference-side-by-side" + suffix);
            robot.clickOn("#backToPracticeButton");
        }
    }

    @Test
    void neverLoseTour(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !app.sessionFolders().isEmpty()
                && java.nio.file.Files.exists(app.sessionFolders().get(0).resolve("session.json")));
        app.restart();
        java.nio.file.Files.writeString(app.home().resolve("settings.json"), "{\"version\": 999}");
        for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
            robot.interact(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            UiActions.openPractice(robot);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
            robot.interact(() -> app.services().reportProblem(new java.io.IOException("History could not open:"
                    + " /data/sessions is a file, not the folder Rehearse keeps your sessions in")));
            Screenshots.capture(app.stage(), "12-resume-and-notice-" + size[0]);
            robot.clickOn("#navBank");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#bankTable");
            robot.type(javafx.scene.input.KeyCode.DOWN);
            Screenshots.capture(app.stage(), "13-bank-spoiler-guard-" + size[0]);
            robot.clickOn("#navPractice");
        }
    }
}
