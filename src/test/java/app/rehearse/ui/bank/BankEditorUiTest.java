package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.QuestionRules;
import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class BankEditorUiTest {

    @Test
    void aNewQuestionIsCheckedLiveAndSavedIntoMyQuestions(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankUi.open(robot);
        robot.clickOn("#newQuestionButton");
        Button save = robot.lookup("#saveQuestionButton").queryButton();
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#questionTitleField").write("Design a rate limiter");
        assertThat(robot.lookup("#questionIdField").queryAs(TextField.class).getText()).isEqualTo("design-a-rate-limiter");
        robot.clickOn("#questionPromptArea").write("Design a **rate limiter** for a public API.");
        robot.clickOn("#questionHintsArea").write("Where is the counter?\nWhat happens at the boundary?");
        BankUi.reveal(robot, "#questionFollowUpsArea");
        robot.clickOn("#questionFollowUpsArea").write("How do you test it?\n! A client is spoofing keys.");
        BankUi.reveal(robot, "#tradeOff-consistency-vs-availability");
        robot.clickOn("#tradeOff-consistency-vs-availability");

        assertThat(robot.lookup("#validationMessages").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        BankUi.waitUntil(() -> robot.lookup("#bankTable").tryQuery().isPresent()
                && robot.lookup("#detailTitle").tryQuery().isPresent());

        Path file = app.home().resolve("questions/my-questions.json");
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("\"design-a-rate-limiter\"", "\"kind\": \"curveball\"",
                "\"A client is spoofing keys.\"");
        assertThat(robot.lookup("#detailTitle").queryLabeled().getText()).isEqualTo("Design a rate limiter");
    }

    @Test
    void aQuestionSavedWhileTheFiltersWouldHideItIsShownAndSelected(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankUi.open(robot);
        robot.interact(() -> robot.lookup("#bankTypeFilter").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select("Behavioral"));
        robot.clickOn("#bankSearch").write("conflict");
        robot.clickOn("#newQuestionButton");
        robot.clickOn("#questionTitleField").write("Design a rate limiter");
        robot.clickOn("#questionPromptArea").write("Design a rate limiter for a public API.");
        robot.clickOn("#questionHintsArea").write("Where is the counter?");
        robot.clickOn("#questionFollowUpsArea").write("How do you test it?");
        BankUi.reveal(robot, "#tradeOff-consistency-vs-availability");
        robot.clickOn("#tradeOff-consistency-vs-availability");

        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> robot.lookup("#detailTitle").tryQuery().isPresent());

        javafx.scene.control.TableView<?> table = robot.lookup("#bankTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).extracting(q -> ((app.rehearse.bank.Question) q).id())
                .isEqualTo("design-a-rate-limiter");
        assertThat(robot.lookup("#bankSearch").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#bankStatus").queryLabeled().getText()).contains("The filters hid it");
    }

    @Test
    void problemsShowTheLoadersWordsInPlaceAndKeepSaveDisabled(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankUi.open(robot);
        robot.clickOn("#newQuestionButton");
        robot.clickOn("#questionTitleField").write("Cache");
        robot.clickOn("#questionPromptArea").write("Design a cache.");
        robot.clickOn("#questionTagsField").write("Distributed Systems");
        BankView view = robot.lookup(".bank-view").queryAs(BankView.class);
        QuestionEditor editor = robot.lookup(".question-editor").queryAs(QuestionEditor.class);
        TextField tags = robot.lookup("#questionTagsField").queryAs(TextField.class);

        String rule = QuestionRules.check(editor.form().draft()).get(0).message();
        assertThat(robot.lookup("#validationMessages").queryAs(ListView.class).getItems())
                .containsExactly("Tags: " + rule);
        assertThat(rule).contains("must be kebab-case").contains("\"distributed-systems\"");
        assertThat(editor.isMarked(tags)).isTrue();
        assertThat(tags.getPseudoClassStates()).anySatisfy(p -> assertThat(p.getPseudoClassName()).isEqualTo("danger"));
        assertThat(robot.lookup("#saveQuestionButton").queryButton().isDisabled()).isTrue();

        String shippedId = new BankLoader().load(BankSources.shipped()).questions().get(0).id();
        robot.doubleClickOn("#questionTagsField").eraseText(30).write("distributed-systems");
        robot.doubleClickOn("#questionIdField").eraseText(40).write(shippedId);
        assertThat(robot.lookup("#validationMessages").queryAs(ListView.class).getItems()).singleElement()
                .satisfies(m -> assertThat(m.toString()).startsWith("Id: question id \"" + shippedId + "\" is already used in question-bank/"));
        assertThat(editor.isMarked(tags)).isFalse();
        assertThat(robot.lookup("#saveQuestionButton").queryButton().isDisabled()).isTrue();
        assertThat(view).isNotNull();
    }
}
