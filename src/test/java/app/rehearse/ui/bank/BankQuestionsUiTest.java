package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.Question;
import app.rehearse.testing.TestQuestions;
import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import app.rehearse.ui.UiActions;
import app.rehearse.ui.common.WrappedCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Editing, deleting, duplicating and practising questions from the bank page, and packs dropped in by hand. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class BankQuestionsUiTest {
    @Test
    void packsDroppedIntoTheDataDirectoryShowBesideTheShippedOnes(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "acme.json", "acme", "Acme loop", List.of(TestQuestions.systemDesign("acme-feed")));
        app.start();
        BankView view = BankUi.open(robot);

        robot.clickOn("#bankSearch").write("acme-feed");

        TableView<?> table = robot.lookup("#bankTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().extracting(q -> ((Question) q).id()).isEqualTo("acme-feed");
        assertThat(view.model().bank().packOf("acme-feed").orElseThrow().origin()).isEqualTo(BankFile.Origin.CUSTOM);
        assertThat(view.model().bank().questions()).hasSize(new BankLoader().load(BankSources.shipped()).questions().size() + 1);
    }

    @Test
    void aLongTitleWrapsInTheTableInsteadOfBeingCutShort(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.resize(robot, app, 1024, 700);
        BankUi.open(robot);
        TableView<?> table = robot.lookup("#bankTable").queryAs(TableView.class);
        String longest = BankUi.onFx(() -> table.getItems().stream().map(q -> ((Question) q).title())
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
        robot.clickOn("#bankSearch").write(longest);
        BankUi.waitUntil(() -> table.getItems().size() == 1);

        WrappedCell<?, ?> cell = robot.lookup("#bankTable .table-cell")
                .match((Node n) -> n instanceof WrappedCell<?, ?> c && c.shownText().startsWith(longest))
                .queryAs(WrappedCell.class);
        javafx.scene.text.Text shown = robot.from(cell).lookup(".wrapped-cell-text").queryAs(javafx.scene.text.Text.class);

        assertThat(shown.getText()).isEqualTo(longest);
        assertThat(shown.getBoundsInLocal().getWidth()).isLessThanOrEqualTo(cell.getWidth());
        assertThat(shown.getBoundsInLocal().getHeight()).as("wrapped onto more than one line at 1024 px")
                .isGreaterThan(1.5 * shown.getFont().getSize());
        assertThat(cell.getHeight()).isGreaterThanOrEqualTo(shown.getBoundsInLocal().getHeight());
        assertThat(cell.shownText()).as("in a narrow table the type and level sit under the title")
                .matches("(?s).*\n(System design|Behavioral|Trade-off drill) \u00b7 [a-z]+");
        assertThat(table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText))
                .doesNotContain("Type", "Level").contains("Practised", "Best", "Last");
    }

    @Test
    void editingMyQuestionRewritesItInItsPack(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "mine.json", "mine", "Mine", List.of(TestQuestions.systemDesign("my-cache")));
        app.start();
        BankView view = BankUi.open(robot);
        BankUi.selectQuestion(robot, view, "my-cache");

        robot.clickOn("#editQuestionButton");
        assertThat(robot.lookup("#questionIdField").queryAs(TextField.class).getText()).isEqualTo("my-cache");
        robot.doubleClickOn("#questionTitleField").eraseText(40).write("Design a write-through cache");
        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> view.model().bank().question("my-cache").map(Question::title)
                .filter("Design a write-through cache"::equals).isPresent());

        assertThat(Files.readString(app.home().resolve("questions/mine.json"))).contains("Design a write-through cache")
                .doesNotContain("Design my-cache");
        assertThat(robot.lookup("#detailTitle").queryLabeled().getText()).isEqualTo("Design a write-through cache");
    }

    @Test
    void deletingMyQuestionAsksFirstThenKeepsABackupOfThePack(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "mine.json", "mine", "Mine",
                List.of(TestQuestions.systemDesign("keep-me"), TestQuestions.systemDesign("drop-me")));
        app.start();
        BankView view = BankUi.open(robot);
        BankUi.selectQuestion(robot, view, "drop-me");

        robot.clickOn("#deleteQuestionButton");
        BankUi.clickDialogButton(robot, "#confirmDialog", "Cancel");
        assertThat(view.model().bank().question("drop-me")).isPresent();

        robot.clickOn("#deleteQuestionButton");
        BankUi.clickDialogButton(robot, "#confirmDialog", "Delete");
        BankUi.waitUntil(() -> view.model().bank().question("drop-me").isEmpty());

        assertThat(view.model().bank().question("keep-me")).isPresent();
        assertThat(Files.readString(app.home().resolve("questions/mine.json"))).doesNotContain("drop-me");
        try (Stream<Path> backups = Files.list(app.home().resolve("backups"))) {
            assertThat(backups).singleElement().satisfies(b -> assertThat(Files.readString(b)).contains("drop-me"));
        }
        assertThat(robot.lookup("#bankStatus").queryLabeled().getText()).startsWith("Deleted \u201cDesign drop-me\u201d.");
    }

    @Test
    void aShippedQuestionIsReadOnlyButCanBeDuplicatedIntoMyPack(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankView view = BankUi.open(robot);
        Question shipped = view.model().bank().questions().get(0);
        BankUi.selectQuestion(robot, view, shipped.id());
        assertThat(robot.lookup("#editQuestionButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#deleteQuestionButton").tryQuery()).isEmpty();

        robot.clickOn("#duplicateQuestionButton");
        assertThat(robot.lookup("#questionIdField").queryAs(TextField.class).getText()).isEqualTo(shipped.id() + "-copy");
        robot.clickOn("#questionTitleField").type(KeyCode.END).write(" (my version)");
        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> view.model().bank().question(shipped.id() + "-copy").isPresent());

        Question copy = view.model().bank().question(shipped.id() + "-copy").orElseThrow();
        assertThat(copy.title()).isEqualTo(shipped.title() + " (my version)");
        assertThat(copy).usingRecursiveComparison().ignoringFields("id", "title").isEqualTo(shipped);
        assertThat(view.model().bank().packOf(copy.id()).orElseThrow().source()).endsWith("my-questions.json");
        assertThat(view.model().bank().question(shipped.id())).contains(shipped);
    }

    @Test
    void practiseThisStartsASessionOnThePracticePage(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankView view = BankUi.open(robot);
        Question first = view.model().bank().questions().get(0);
        BankUi.selectQuestion(robot, view, first.id());

        robot.clickOn("#practiceThisButton");
        BankUi.waitUntil(() -> robot.lookup("#phaseLabel").tryQuery().isPresent());

        assertThat(robot.lookup("#navPractice").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".session-question").queryLabeled().getText()).contains(first.title());
    }
}
