package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.markdown.MarkdownView;
import java.nio.file.Files;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class PracticeDrawUiTest {
    @Test
    void drawingShowsTheTitleChipsAndRenderedPrompt(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openPractice(robot);
        assertThat(app.stage().getTitle()).isEqualTo("Rehearse");

        robot.clickOn("#drawButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#questionTitle").queryAs(Label.class);
        MarkdownView prompt = robot.lookup("#questionPrompt").queryAs(MarkdownView.class);
        assertThat(title.getText()).isNotBlank();
        assertThat(prompt.getText()).hasSizeGreaterThan(100);
        assertThat(prompt.getMarkdown()).doesNotStartWith(prompt.getText().substring(0, 5) + "**");
        assertThat(robot.lookup(".markdown-text").queryAllAs(Text.class)).isNotEmpty();
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void drawingByTypeOnlyShowsThatType(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openPractice(robot);
        ChoiceBox<?> type = robot.lookup("#drawType").queryAs(ChoiceBox.class);
        robot.clickOn("#drawType").clickOn("behavioral");
        assertThat(type.getValue()).isEqualTo("behavioral");

        for (int i = 0; i < 5; i++) {
            robot.clickOn("#drawButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".chip-type").queryAs(Label.class).getText()).isEqualTo("behavioral");
        }
    }

    @Test
    void drawsAreRememberedInTheDataDirectory(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openPractice(robot);
        robot.clickOn("#drawButton");
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#questionTitle").queryAs(Label.class).getText();
        app.stop();

        String history = Files.readString(app.home().resolve("draw-history.json"));
        assertThat(history).contains("\"drawn\"");
        assertThat(shown).isNotBlank();
    }
}
