package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** After an attempt, and only then, the reference answer sits beside the user's own. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class ReferenceUiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REFERENCE_IDS = List.of("#referenceAnswer", "#referenceDiagram", "#referenceLevels",
            "#showReferenceButton");

    @Test
    void theReferenceIsNowhereWhileTheClockRunsAndBesideYourAnswerAfterFinish(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#notesArea").write("Queue in front of the fetchers.");
        robot.clickOn("#hintButton");
        for (String id : REFERENCE_IDS) {
            assertThat(robot.lookup(id).tryQuery()).as(id + " during the session").isEmpty();
        }

        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#showReferenceButton").tryQuery().isPresent());
        assertThat(robot.lookup("#referenceAnswer").tryQuery()).as("made when first asked for").isEmpty();
        robot.clickOn("#showReferenceButton");

        assertThat(robot.lookup("#referenceAnswer").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#referenceDiagram").tryQuery()).isPresent();
        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).isVisible()).as("the scorecard stays").isTrue();
        robot.clickOn("#sideBySideButton");
        assertThat(robot.lookup("#gradingNotes").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#referenceAnswer").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void ticksOnTheSignalsAreKeptWithTheGradeAndShownAgainInHistory(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#showReferenceButton").tryQuery().isPresent());
        robot.clickOn("#showReferenceButton");
        CheckBox first = robot.lookup("#referenceLevels .reference-signal").queryAs(CheckBox.class);
        String signal = first.getText();
        UiActions.click(robot, first);
        UiActions.click(robot, robot.lookup("#rubric-0 .score-2").queryAs(Node.class));
        robot.clickOn("#saveGradeButton");
        Path session = app.sessionFolders().get(0).resolve("session.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> JSON.readTree(session.toFile()).has("grades"));
        JsonNode card = JSON.readTree(session.toFile()).path("grades").path("scorecards").get(0);
        assertThat(card.path("signalsShown").get(0).asText()).isEqualTo(signal);

        app.restart();
        UiActions.openHistory(robot, 1);
        UiActions.click(robot, UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#referenceAnswer").tryQuery().isPresent());
        List<CheckBox> shown = robot.lookup("#referenceLevels .reference-signal").queryAllAs(CheckBox.class).stream().toList();
        assertThat(shown).filteredOn(CheckBox::isSelected).extracting(CheckBox::getText).containsExactly(signal);
        assertThat(shown).allMatch(CheckBox::isDisabled);

        robot.clickOn("#gradeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#showReferenceButton").tryQuery().isPresent());
        robot.clickOn("#showReferenceButton");
        assertThat(robot.lookup("#referenceLevels .reference-signal").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isSelected).map(CheckBox::getText).toList()).containsExactly(signal);
    }
}
