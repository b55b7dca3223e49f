package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram drawn during a session is saved with it, survives a restart, and is there in grading and review. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class SessionWhiteboardUiTest {
    @Test
    void theDiagramIsAutosavedRestoredOnResumeAndPicturedAtTheEnd(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#toolRect");
        UiActions.dragOnBoard(robot, 60, 60, 200, 140);
        Path folder = app.sessionFolders().get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("whiteboard.json")));
        assertThat(Files.readString(folder.resolve("whiteboard.json"))).contains("rectangle");

        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#boardCanvas").tryQuery()
                .filter(canvas -> canvas.getScene() != null).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#toolEllipse");
        UiActions.dragOnBoard(robot, 260, 80, 380, 160);
        robot.clickOn(robot.lookup("#finishButton").queryButton()).clickOn("Finish now");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("whiteboard.png")));
        BufferedImage picture = ImageIO.read(folder.resolve("whiteboard.png").toFile());
        assertThat(picture.getWidth()).isGreaterThan(200);
        String drawing = Files.readString(folder.resolve("whiteboard.json"));
        assertThat(drawing).contains("rectangle").contains("ellipse");
        assertThat(robot.lookup("#gradingWhiteboard").tryQuery()).isPresent();

        robot.clickOn(robot.lookup("#navHistory").queryAs(Node.class));
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#replaySlider").tryQuery().isPresent());
        assertThat(robot.lookup("#reviewWhiteboard").tryQuery()).isPresent();

        javafx.scene.control.Slider slider = robot.lookup("#replaySlider").queryAs(javafx.scene.control.Slider.class);
        javafx.scene.control.Labeled moment = robot.lookup("#replayMoment").queryLabeled();
        double sliderX = slider.localToScene(0, 0).getX();
        double sliderWidth = slider.getWidth();
        String atEnd = moment.getText();
        javafx.scene.control.Button play = robot.lookup("#replayPlayButton").queryButton();
        UiActions.click(robot, play);
        assertThat(play.getText()).isEqualTo("Pause");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> slider.getValue() > 0 && !moment.getText().equals(atEnd));
        UiActions.click(robot, play);

        assertThat(play.getText()).isEqualTo("Play");
        assertThat(slider.getValue()).as("playing starts over from the beginning").isLessThan(slider.getMax());
        assertThat(slider.localToScene(0, 0).getX()).as("the slider stays put as the moment changes").isEqualTo(sliderX);
        assertThat(slider.getWidth()).isEqualTo(sliderWidth);
    }
}
