package app.rehearse.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Not a check: walks the main screens and saves screenshots to target/screenshots. Run with -Dscreenshots=true. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTour {
    @TempDir
    Path home;

    private RehearseApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        app = AppTestSupport.start(stage, home);
        shot(robot, "01-practice-empty");
        robot.clickOn("#drawButton");
        shot(robot, "02-practice-drawn");
        robot.clickOn("#startButton");
        robot.clickOn("#hintButton");
        robot.clickOn("#notesArea").write("## Requirements\n- 10M users\n- p99 < 200 ms\n");
        robot.clickOn("#nextPhaseButton").clickOn("#nextPhaseButton");
        robot.clickOn("#toolRect");
        javafx.scene.Node canvas = robot.lookup("#boardCanvas").query();
        robot.moveTo(canvas.localToScreen(40, 40)).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(canvas.localToScreen(160, 110)).release(javafx.scene.input.MouseButton.PRIMARY);
        robot.clickOn("#toolEllipse");
        robot.moveTo(canvas.localToScreen(60, 200)).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(canvas.localToScreen(180, 280)).release(javafx.scene.input.MouseButton.PRIMARY);
        shot(robot, "05-session");
        robot.clickOn("#finishButton");
        robot.clickOn("Finish now");
        shot(robot, "06-grading");
        javafx.scene.Node row = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        UiActions.click(robot, robot.from(row).lookup(".score-2").queryAs(javafx.scene.Node.class));
        UiActions.click(robot, robot.lookup("#rubric-0 .score-3").queryAs(javafx.scene.Node.class));
        shot(robot, "07-grading-scored");
        robot.clickOn("#navBank");
        robot.clickOn("#bankTable");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        shot(robot, "03-bank");
        robot.clickOn("#navHistory");
        shot(robot, "04-history");
    }

    @Test
    void historyTour(FxRobot robot) throws Exception {
        SampleHistory.write(home);
        app = AppTestSupport.start(stage, home);
        robot.clickOn("#navHistory");
        javafx.scene.control.TableView<?> table = robot.lookup("#historyTable").queryAs(javafx.scene.control.TableView.class);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> table.getItems().size() == 4);
        robot.clickOn("#historySearch").write("token");
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        shot(robot, "08-history-review");
        robot.clickOn("#navProgress");
        Thread.sleep(1500);
        shot(robot, "09-progress");
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), name)).get();
    }
}
