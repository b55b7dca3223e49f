package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class TodayUiTest {

    @Test
    void theInterviewDateIsKeptAndShapesThePlanAndADueItemStartsItsQuestion(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        assertThat(robot.lookup("#navToday").queryAs(ToggleButton.class).isSelected()).as("the app opens on Today").isTrue();
        assertThat(robot.lookup("#pickUpBanner").query().isVisible()).as("nothing to pick up on a fresh install").isFalse();
        VBox due = robot.lookup("#dueList").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#practise-0").tryQuery().isPresent());
        assertThat(robot.lookup("#dueList .label").queryAll()).extracting(n -> ((Label) n).getText())
                .as("a new user starts with areas never practised, each saying why")
                .contains("Not practised yet", "no graded session yet for this competency");
        assertThat(due.getChildren()).hasSizeLessThanOrEqualTo(6);

        DatePicker date = robot.lookup("#interviewDateField").queryAs(DatePicker.class);
        String written = date.getConverter().toString(LocalDate.of(2027, 1, 14));
        robot.clickOn(date.getEditor()).write(written).type(KeyCode.ENTER);

        Path settings = app.home().resolve("settings.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(settings)
                && Files.readString(settings).contains("\"interviewDate\" : \"2027-01-14\""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#planSummary").queryAs(Label.class).getText()
                .contains("to the interview on 14 Jan"));

        robot.clickOn("#practise-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#phaseLabel").tryQuery().isPresent());
        String practised = robot.lookup(".session-question").queryAs(Label.class).getText();
        UiActions.finishNow(robot);

        robot.clickOn("#navToday");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reviewLastButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#lastSession").queryAs(Label.class).getText()).contains(practised, "not graded yet");
        assertThat(robot.lookup("#weekProgress").queryAs(Label.class).getText()).startsWith("This week: 1 of 4 sessions");
        robot.clickOn("#reviewLastButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reviewPane .question-title").tryQuery()
                .map(n -> ((Label) n).getText().equals(practised)).orElse(false));

        app.restart();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LocalDate.of(2027, 1, 14)
                .equals(robot.lookup("#interviewDateField").queryAs(DatePicker.class).getValue()));
    }

    @Test
    void aSessionLeftUnfinishedComesFirstAndLeadsToItsResume(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        String title = robot.lookup(".session-question").queryAs(Label.class).getText();
        robot.clickOn("#notesArea").write("left mid-thought");
        app.restart();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pickUpBanner").query().isVisible());
        assertThat(robot.lookup("#pickUpText").queryAs(Label.class).getText()).contains("\u201c" + title + "\u201d",
                "never finished");
        robot.clickOn("#pickUpButton");
        assertThat(robot.lookup("#navPractice").queryAs(ToggleButton.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notesArea").tryQuery()
                .map(n -> ((TextInputControl) n).getText().contains("left mid-thought")).orElse(false));
    }

    @Test
    void aQuestionGradedLowComesBackSoonerThanOneGradedHigh(FxRobot robot, RunningApp app) throws Exception {
        Instant fourDaysAgo = Instant.now().minus(Duration.ofDays(4));
        SampleHistory.graded(app.home(), "url-shortener", fourDaysAgo, 1);
        SampleHistory.graded(app.home(), "rate-limiter", fourDaysAgo.plusSeconds(3600), 3);
        app.start();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#practise-0").tryQuery().isPresent());
        List<String> texts = robot.lookup("#dueList .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        int review = texts.indexOf("Review");
        assertThat(review).as("a review is due: " + texts).isNotNegative();
        assertThat(texts.get(review + 1)).as("the low one, after a day").isEqualTo("Design a URL shortener for campaign links");
        assertThat(texts.get(review + 2)).startsWith("last 33/100 on ").contains("due since");
        assertThat(texts).as("the high one waits for weeks").doesNotContain("Design a distributed rate limiter for a public API");
    }
}
