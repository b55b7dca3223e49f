package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class SessionPlansUiTest {

    @Test
    void changingTheDefaultPlanIsSavedAndUsedForNewSessions(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openPractice(robot);
        robot.clickOn("#sessionPlansButton");
        Node firstMinutes = robot.lookup("#plan-system-design .phase-minutes").query();
        Spinner<?> spinner = (Spinner<?>) firstMinutes;
        robot.clickOn("#autoAdvanceCheck");
        robot.doubleClickOn(spinner.getEditor()).write("8").type(KeyCode.TAB);
        robot.clickOn("Save");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(app.home().resolve("settings.json")));
        var saved = new ObjectMapper().readTree(app.home().resolve("settings.json").toFile());
        assertThat(saved.path("plans").path("system-design").get(0).path("minutes").asInt()).isEqualTo(8);
        assertThat(saved.path("autoAdvance").asBoolean()).isTrue();
        assertThat(app.services().planSettingsReady().join().defaultFor(QuestionType.SYSTEM_DESIGN).totalMinutes()).isEqualTo(48);
    }
}
