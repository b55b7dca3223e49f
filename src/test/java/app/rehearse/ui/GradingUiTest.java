package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class GradingUiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void finishingOpensGradingAndTheScorecardIsSavedWithTheSession(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#notesArea").write("Cache in front of the DB; TTL 60 s.");
        robot.clickOn("#hintButton");
        robot.clickOn("#finishButton").clickOn("Finish now");

        Label score = robot.lookup("#scoreLabel").queryAs(Label.class);
        assertThat(score.getText()).isEqualTo("Not graded yet");
        assertThat(robot.lookup("#gradingNotes").tryQuery()).isPresent();

        Node firstChecklistRow = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        assertThat(robot.from(firstChecklistRow).lookup(".chip").tryQuery()).as("stressed rows come first").isPresent();
        UiActions.click(robot, robot.from(firstChecklistRow).lookup(".score-3").queryAs(Node.class));
        Node secondRow = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().get(1);
        UiActions.click(robot, robot.from(secondRow).lookup(".score-1").queryAs(Node.class));
        UiActions.click(robot, robot.lookup("#rubric-0 .score-2").queryAs(Node.class));
        UiActions.click(robot, robot.lookup("#rubric-1 .score-3").queryAs(Node.class));
        UiActions.click(robot, robot.lookup("#gradeNotes").queryAs(Node.class));
        robot.write("Name the cache eviction policy earlier.");

        assertThat(score.getText()).matches("\\d{1,3} / 100");
        assertThat(robot.lookup("#scoreFormula").queryAs(Label.class).getText()).contains("hints");

        robot.clickOn("#saveGradeButton");
        Path session = app.sessionFolders().get(0).resolve("session.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> JSON.readTree(session.toFile()).has("grades"));
        JsonNode card = JSON.readTree(session.toFile()).path("grades").path("scorecards").get(0);
        assertThat(card.path("notes").asText()).isEqualTo("Name the cache eviction policy earlier.");
        assertThat(card.path("hintsUsed").asInt()).isEqualTo(1);
        assertThat(card.path("checklist").get(0).path("level").asInt()).isEqualTo(3);
        assertThat(card.path("checklist").get(0).path("stressed").asBoolean()).isTrue();
        assertThat(card.path("checklist").get(1).path("level").asInt()).isEqualTo(1);
        assertThat(card.path("rubric").get(0).path("level").asInt()).isEqualTo(2);
        assertThat(card.path("rubric").get(1).path("level").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(session.toFile()).path("state").asText()).isEqualTo("finished");
        String shown = score.getText();

        app.restart();
        UiActions.openHistory(robot, 1);
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewScore").tryQuery().isPresent());
        assertThat(robot.lookup("#reviewScore").queryAs(Label.class).getText()).startsWith("Score " + shown);

        robot.clickOn("#gradeButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#scoreLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).getText()).as("re-grading starts from the saved grade")
                .isEqualTo(shown);
        Node regradedFirstRow = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        assertThat(robot.from(regradedFirstRow).lookup(".score-3").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isTrue();
    }

    @Test
    void theRescueHintTakesTheHintButtonsPlaceCostsMoreAndAStaffBarRaisesWhatThreePointsMean(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        Button hint = robot.lookup("#hintButton").queryButton();
        assertThat(robot.lookup("#rescueHintButton").queryButton().isVisible()).isFalse();
        while (!hint.isDisabled() && hint.isVisible()) {
            robot.clickOn(hint);
        }
        robot.clickOn("#rescueHintButton").clickOn("Reveal it");

        ListView<?> hints = robot.lookup("#hintList").queryAs(ListView.class);
        assertThat(hints.getItems().get(hints.getItems().size() - 1).toString()).startsWith("Rescue hint: ");
        assertThat(robot.lookup("#rescueHintButton").queryButton().isVisible()).as("only once").isFalse();
        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradeLevelChoice").tryQuery().isPresent());

        UiActions.click(robot, robot.lookup("#rubric-0 .score-2").queryAs(Node.class));
        assertThat(robot.lookup("#scoreFormula").queryAs(Label.class).getText()).contains("hints");
        ChoiceBox<?> level = robot.lookup("#gradeLevelChoice").queryAs(ChoiceBox.class);
        UiActions.click(robot, level);
        robot.clickOn("senior");
        assertThat(robot.lookup("#rubricTwo-0").queryAs(Label.class).getText()).startsWith("2 \u00b7 Solid: ");
        UiActions.click(robot, level);
        robot.clickOn("staff");
        assertThat(robot.lookup(".rubric-strong").queryAll()).extracting(n -> ((Label) n).getText())
                .anyMatch(text -> text.startsWith("3 \u00b7 Staff: "));
        assertThat(robot.lookup(".rubric-solid").queryAll()).extracting(n -> ((Label) n).getText())
                .anyMatch(text -> text.startsWith("2 \u00b7 Strong at senior level: "));

        robot.clickOn("#saveGradeButton");
        Path session = app.sessionFolders().get(0).resolve("session.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> JSON.readTree(session.toFile()).has("grades"));
        JsonNode card = JSON.readTree(session.toFile()).path("grades").path("scorecards").get(0);
        assertThat(card.path("level").asText()).isEqualTo("staff");
        assertThat(card.path("rescueUsed").asBoolean()).isTrue();
        assertThat(card.path("rubric").get(0).path("level").asInt()).as("the score given is kept").isEqualTo(2);
    }

    @Test
    void theHeaderKeepsItsHeightWhenTheFirstScoreLandsAndWhenAllIsScored(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.resize(robot, app, 1024, 700);
        UiActions.startSession(robot, "behavioral");
        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradingHeader").tryQuery().isPresent());
        Node header = robot.lookup("#gradingHeader").query();
        double before = header.getLayoutBounds().getHeight();
        Node firstCriterion = UiActions.scrolledIntoView(robot, robot.lookup("#rubric-0 .score-2").query());
        WaitForAsyncUtils.waitForFxEvents();
        double firstCriterionY = firstCriterion.localToScene(firstCriterion.getLayoutBounds()).getMinY();

        UiActions.click(robot, firstCriterion);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).getText()).matches("\\d{1,3} / 100");
        assertThat(header.getLayoutBounds().getHeight()).as("header height after the first score").isEqualTo(before);
        assertThat(firstCriterion.localToScene(firstCriterion.getLayoutBounds()).getMinY())
                .as("the row just clicked stays under the pointer").isEqualTo(firstCriterionY);
    }

    @Test
    void onlyTheStressedDimensionsShowUntilAllAreAskedForAndAScoredOneStays(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#finishButton").clickOn("Finish now");
        javafx.scene.layout.VBox checklist = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class);
        int stressed = checklist.getChildren().size();
        assertThat(checklist.getChildren()).as("every row shown by default is stressed")
                .allSatisfy(row -> assertThat(row.getStyleClass()).contains("stressed"));
        javafx.scene.control.Button showAll = robot.lookup("#showAllDimensionsButton").queryButton();
        assertThat(showAll.getText()).startsWith("Show all ");

        UiActions.click(robot, showAll);
        int all = checklist.getChildren().size();
        assertThat(all).isGreaterThan(stressed);
        Node unstressed = checklist.getChildren().stream().filter(r -> !r.getStyleClass().contains("stressed"))
                .findFirst().orElseThrow();
        UiActions.click(robot, robot.from(unstressed).lookup(".score-1").queryAs(Node.class));
        UiActions.click(robot, showAll);

        assertThat(showAll.getText()).startsWith("Show all ");
        assertThat(checklist.getChildren()).as("the stressed rows and the one just scored")
                .hasSize(stressed + 1).anySatisfy(row -> assertThat(row.getId()).isEqualTo(unstressed.getId()));
    }

    @Test
    void dimensionsCanBeHiddenAndAddedAndScoresOfTheOthersAreKept(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "trade-off");
        robot.clickOn("#finishButton").clickOn("Finish now");
        UiActions.click(robot, robot.lookup("#showAllDimensionsButton").queryAs(Node.class));
        javafx.scene.layout.VBox checklist = robot.lookup("#checklist").queryAs(javafx.scene.layout.VBox.class);
        int before = checklist.getChildren().size();
        Node first = checklist.getChildren().get(0);
        UiActions.click(robot, robot.from(first).lookup(".score-2").queryAs(Node.class));
        String lastId = checklist.getChildren().get(before - 1).getId().substring("checklist-".length());

        UiActions.click(robot, robot.lookup("#editDimensionsButton").queryAs(Node.class));
        UiActions.click(robot, robot.lookup("#show-" + lastId).queryAs(Node.class));
        robot.clickOn("#newDimensionField").write("Privacy vs personalisation");
        robot.clickOn("#addDimensionButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#title-my-privacy-vs-personalisation").tryQuery().isPresent());
        robot.clickOn("Close");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#checklist-my-privacy-vs-personalisation")
                .tryQuery().isPresent());
        assertThat(robot.lookup("#checklist-" + lastId).tryQuery()).isEmpty();
        assertThat(checklist.getChildren()).hasSize(before);
        Node keptFirst = checklist.getChildren().get(0);
        assertThat(robot.from(keptFirst).lookup(".score-2").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        assertThat(Files.readString(app.home().resolve("checklists/custom.json"))).contains("Privacy vs personalisation");
        assertThat(Files.readString(app.home().resolve("checklist-settings.json"))).contains(lastId);
    }

    @Test
    void notesTypedOneItemPerLineKeepTheirLinesInGradingAndReview(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "behavioral");
        robot.clickOn("#notesArea").write("S: the release froze\nT: I owned the fix");
        robot.clickOn("#finishButton").clickOn("Finish now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradingNotes").tryQuery().isPresent());

        assertThat(renderedText(robot.lookup("#gradingNotes").query())).contains("S: the release froze\nT: I owned the fix");
        assertThat(robot.lookup("#phaseGaps").queryAs(Label.class).getText()).as("finished in the first phase")
                .startsWith("Skipped or left empty: ").contains("(not reached)");
        assertThat(robot.lookup("#phaseSummary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the phases never reached are listed as such").contains("not reached");

        UiActions.openHistory(robot, 1);
        UiActions.click(robot, UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        assertThat(renderedText(robot.lookup("#reviewNotes").query())).contains("S: the release froze\nT: I owned the fix");
    }

    private static String renderedText(Node root) {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof javafx.scene.text.Text t) {
            text.append(t.getText());
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }
}
