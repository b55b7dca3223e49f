package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class HelpUiTest {

    @Test
    void f1OpensTheShortcutsAndTheGuideAndEscClosesThem(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#navToday");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#helpWindow").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#helpGuide").tryQuery()).isPresent();

        robot.clickOn("Keyboard");
        List<String> texts = robot.lookup("#helpKeys .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        String pause = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        assertThat(texts).contains("F1", pause, "Pause or resume the clock", "R", "Rectangle tool", "Zoom to fit");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#helpWindow").tryQuery().isEmpty());

        robot.clickOn("#helpButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#helpWindow").tryQuery()
                .map(Node::isVisible).orElse(false));
    }
}
