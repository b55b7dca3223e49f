package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import app.rehearse.ui.UiActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Reference answers in the bank: guarded against spoilers, written in the editor, built from a session's diagram. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class BankReferenceUiTest {

    @Test
    void aShippedQuestionNotYetPractisedHidesItsSpoilersUntilRevealed(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankView view = BankUi.open(robot);
        BankUi.selectQuestion(robot, view, "web-crawler");

        assertThat(robot.lookup("#spoilerGuard").tryQuery()).isPresent();
        assertThat(robot.lookup("#referenceAnswer").tryQuery()).isEmpty();
        assertThat(robot.lookup("#questionDetail").queryAs(Node.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())).noneMatch(text -> text.equals("Hints") || text.equals("Rubric"));

        BankUi.clickRevealed(robot, "#revealSpoilersButton");

        assertThat(robot.lookup("#spoilerGuard").tryQuery()).isEmpty();
        assertThat(robot.lookup("#referenceAnswer").tryQuery()).isPresent();
        assertThat(robot.lookup("#referenceDiagram").tryQuery()).isPresent();
        List<String> shown = robot.lookup("#questionDetail").queryAs(Node.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(shown).as("the rubric at every level, and the rescue hint")
                .anyMatch(text -> text.startsWith("Solid: ")).anyMatch(text -> text.startsWith("Staff adds: "))
                .contains("Rescue hint");
        assertThat(robot.lookup("#detailConcepts .label").queryAll()).extracting(n -> ((Label) n).getText())
                .as("the concepts its tags lead to").contains("Bloom filters");
    }

    @Test
    void aGradedSessionsDiagramBecomesTheReferenceOfYourCopyOfTheQuestion(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#toolRect");
        UiActions.dragOnBoard(robot, 60, 60, 220, 140);
        robot.clickOn("#finishButton").clickOn("Finish now");
        BankUi.waitUntil(() -> robot.lookup("#rubric-0").tryQuery().isPresent());
        UiActions.click(robot, robot.lookup("#rubric-0 .score-3").queryAs(Node.class));
        robot.clickOn("#saveGradeButton");
        BankUi.waitUntil(() -> robot.lookup("#gradeStatus").queryLabeled().getText().startsWith("Scorecard saved"));

        UiActions.openHistory(robot, 1);
        UiActions.click(robot, UiActions.firstRow(robot, "#historyTable"));
        BankUi.waitUntil(() -> robot.lookup("#useDiagramAsReferenceButton").tryQuery().isPresent());
        BankUi.clickRevealed(robot, "#useDiagramAsReferenceButton");

        BankUi.waitUntil(() -> robot.lookup("#questionReferenceArea").tryQuery().isPresent());
        assertThat(robot.lookup("#questionReferenceDiagram").queryAs(Label.class).getText()).contains("diagrams/");
        TextArea outline = robot.lookup("#questionReferenceArea").queryAs(TextArea.class);
        assertThat(outline.getText()).as("the shipped outline comes with the copy").contains("## Requirements");
        BankUi.onFx(() -> {
            outline.clear();
            return null;
        });
        assertThat(robot.lookup("#validationMessages").queryListView().getItems()).anySatisfy(m ->
                assertThat(m.toString()).isEqualTo("Reference answer must not be empty"));
        BankUi.clickRevealed(robot, "#questionReferenceArea");
        robot.write("## Requirements\n- what I would say again");
        assertThat(robot.lookup("#questionReferenceArea").queryAs(TextArea.class).getText()).startsWith("## Requirements");
        assertThat(robot.lookup("#referencePreview").tryQuery()).isPresent();
        assertThat(robot.lookup("#validationMessages").queryListView().getItems()).isEmpty();
        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> robot.lookup("#bankTable").tryQuery().isPresent());

        Path questions = app.home().resolve("questions");
        String pack;
        try (Stream<Path> files = Files.list(questions)) {
            pack = Files.readString(files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
        }
        assertThat(pack).contains("\"reference\"").contains("\"diagram\": \"diagrams/")
                .contains("what I would say again");
        try (Stream<Path> diagrams = Files.list(questions.resolve("diagrams"))) {
            assertThat(diagrams).hasSize(1);
        }
        BankUi.waitUntil(() -> app.services().currentBank().orElseThrow().questions().stream()
                .anyMatch(q -> q.reference().flatMap(r -> r.diagram()).isPresent()
                        && app.services().currentBank().orElseThrow().referenceDiagram(q.id()).isPresent()
                        && q.id().endsWith("-copy")));
    }
}
