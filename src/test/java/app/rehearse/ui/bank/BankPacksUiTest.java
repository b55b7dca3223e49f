package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Level;
import app.rehearse.bank.LoadedPack;
import app.rehearse.bank.PackInfo;
import app.rehearse.bank.PackWriter;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionPack;
import app.rehearse.bank.QuestionType;
import app.rehearse.testing.TestQuestions;
import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import app.rehearse.ui.common.AnsweringDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Importing, exporting, creating and reloading packs from the bank page. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class BankPacksUiTest {
    @TempDir
    Path elsewhere;

    private final AnsweringDialogs files = new AnsweringDialogs();

    private BankView openBank(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        BankView view = BankUi.open(robot);
        app.useDialogs(files);
        return view;
    }

    @Test
    void aValidPackIsImportedIntoTheDataDirectory(FxRobot robot, RunningApp app) throws Exception {
        BankView view = openBank(robot, app);
        Path friend = elsewhere.resolve("friend.json");
        Files.write(friend, PackWriter.bytes(pack("friend-pack", "Friend's pack", question("f-one"), question("f-two"))));
        files.fileToOpen(friend);

        robot.clickOn("#importPackButton");
        BankUi.waitUntil(() -> view.model().bank().question("f-two").isPresent());

        assertThat(app.home().resolve("questions/friend-pack.json")).exists();
        assertThat(robot.lookup("#bankStatus").queryLabeled().getText())
                .isEqualTo("Imported 2 questions into \u201cFriend's pack\u201d.");
    }

    @Test
    void anInvalidPackImportsNothingAndListsEveryErrorWithItsLineAndColumn(FxRobot robot, RunningApp app) throws Exception {
        BankView view = openBank(robot, app);
        int before = view.model().bank().questions().size();
        Path bad = elsewhere.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"pack\": {\"id\": \"bad\", \"title\": \"Bad\", \"version\": \"1\"},\n"
                + "  \"questions\": [\n    {\"id\": \"Not Kebab\", \"type\": \"system-design\", \"titel\": \"x\"}\n  ]\n}\n");
        files.fileToOpen(bad);

        Node firstRow = robot.lookup("#bankTable .table-row-cell").query();
        double rowY = firstRow.localToScene(0, 0).getY();
        robot.clickOn("#importPackButton");
        BankUi.waitUntil(() -> !view.model().problems().isEmpty());
        assertThat(firstRow.localToScene(0, 0).getY()).as("the notice does not push the rows down").isEqualTo(rowY);

        List<?> shown = robot.lookup("#importProblems").queryAs(ListView.class).getItems();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> assertThat(line.toString()).matches("bad\\.json:\\d+:\\d+: .+"));
        assertThat(shown).extracting(Object::toString)
                .anySatisfy(line -> assertThat(line).startsWith("bad.json:5:").contains("unknown field \"titel\" (did you mean \"title\"?)"))
                .anySatisfy(line -> assertThat(line).contains("missing required field \"prompt\""));
        assertThat(robot.lookup("#importProblemsTitle").queryLabeled().getText()).startsWith("Nothing was imported from bad.json");
        assertThat(view.model().bank().questions()).hasSize(before);
        assertThat(app.home().resolve("questions")).doesNotExist();

        robot.clickOn("#dismissProblemsButton");
        assertThat(robot.lookup("#importProblems").query().getParent().isVisible()).as("the notice is gone").isFalse();
        assertThat(firstRow.localToScene(0, 0).getY()).as("dismissing it does not move them either").isEqualTo(rowY);
    }

    @Test
    void clashingIdsAskOnceAndRenameKeepsBoth(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "my-questions.json", "my-questions", "My questions", List.of(question("mine")));
        BankView view = openBank(robot, app);
        Path friend = elsewhere.resolve("friend.json");
        Files.write(friend, PackWriter.bytes(pack("friends", "Friends", retitled("mine", "Their version"), question("theirs"))));
        files.fileToOpen(friend);

        robot.clickOn("#importPackButton");
        BankUi.clickDialogButton(robot, "#clashDialog", "Rename");
        BankUi.waitUntil(() -> view.model().bank().question("mine-2").isPresent());

        assertThat(view.model().bank().question("mine").orElseThrow().title()).isEqualTo("Design mine");
        assertThat(view.model().bank().question("mine-2").orElseThrow().title()).isEqualTo("Their version");
        assertThat(view.model().bank().question("theirs")).isPresent();
    }

    @Test
    void clashingIdsCanBeSkippedOrReplacedWithABackup(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "my-questions.json", "my-questions", "My questions", List.of(question("mine")));
        BankView view = openBank(robot, app);
        Path friend = elsewhere.resolve("friend.json");
        Files.write(friend, PackWriter.bytes(pack("friends", "Friends", retitled("mine", "Their version"))));
        files.fileToOpen(friend);

        robot.clickOn("#importPackButton");
        BankUi.clickDialogButton(robot, "#clashDialog", "Skip");
        BankUi.waitUntil(() -> robot.lookup("#bankStatus").queryLabeled().getText().contains("Skipped 1"));
        assertThat(view.model().bank().question("mine").orElseThrow().title()).isEqualTo("Design mine");
        assertThat(app.home().resolve("backups")).doesNotExist();

        robot.clickOn("#importPackButton");
        BankUi.clickDialogButton(robot, "#clashDialog", "Replace");
        BankUi.waitUntil(() -> view.model().bank().question("mine").map(Question::title).filter("Their version"::equals).isPresent());
        try (Stream<Path> backups = Files.list(app.home().resolve("backups"))) {
            assertThat(backups).isNotEmpty();
        }
        assertThat(robot.lookup("#bankStatus").queryLabeled().getText()).contains("Replaced 1: mine.");
    }

    @Test
    void anExportedPackImportsBackEqualToTheOriginal(FxRobot robot, RunningApp app) throws Exception {
        Question behavioral = new Question("lead-a-migration", QuestionType.BEHAVIORAL, "Leading a migration",
                "Tell me about a migration you led.", Level.STAFF, List.of("leadership"),
                Optional.of("ownership"), List.of("Names the risk"), List.of("Who objected?"),
                List.of(new FollowUp("What would you redo?", FollowUp.Kind.PROBE)),
                List.of(), List.of("build-vs-buy"), OptionalInt.empty(), List.of());
        BankUi.writePack(app.home(), "interviews.json", "acme-interviews", "Acme interviews",
                List.of(question("acme-one"), behavioral));
        BankView view = openBank(robot, app);
        LoadedPack original = myPack(view, "acme-interviews");
        Path exported = elsewhere.resolve("acme.json");
        files.fileToSave(exported);

        robot.clickOn("#exportPackButton");
        robot.clickOn("Pack \u201cAcme interviews\u201d (2 questions)\u2026");
        BankUi.waitUntil(() -> Files.exists(exported));
        assertThat(files.suggestedName()).isEqualTo("acme-interviews.json");

        robot.clickOn("#bankPackFilter");
        robot.clickOn("Acme interviews (mine)");
        robot.clickOn("#deletePackButton");
        BankUi.clickDialogButton(robot, "#confirmDialog", "Delete pack");
        BankUi.waitUntil(() -> view.model().bank().question("acme-one").isEmpty());

        files.fileToOpen(exported);
        robot.clickOn("#importPackButton");
        BankUi.waitUntil(() -> view.model().bank().question("acme-one").isPresent());
        assertThat(myPack(view, "acme-interviews").pack()).isEqualTo(original.pack());
    }

    @Test
    void selectedQuestionsExportAsAPackNamedAfterTheFile(FxRobot robot, RunningApp app) throws Exception {
        BankView view = openBank(robot, app);
        Question shipped = view.model().bank().questions().get(3);
        BankUi.selectQuestion(robot, view, shipped.id());
        Path exported = elsewhere.resolve("my-favourites.json");
        files.fileToSave(exported);

        robot.clickOn("#exportPackButton");
        robot.clickOn("Selected questions (1)\u2026");
        BankUi.waitUntil(() -> Files.exists(exported));

        assertThat(Files.readString(exported)).contains("\"id\": \"my-favourites\"", "\"title\": \"My favourites\"",
                "\"id\": \"" + shipped.id() + "\"");
    }

    @Test
    void aNewPackCanBeChosenWhenSavingAQuestion(FxRobot robot, RunningApp app) throws Exception {
        BankView view = openBank(robot, app);
        robot.clickOn("#newPackButton");
        robot.clickOn("#packTitleField").write("Acme staff loop");
        BankUi.clickDialogButton(robot, "#newPackDialog", "OK");
        BankUi.waitUntil(() -> view.model().myPacks().size() == 1);
        assertThat(app.home().resolve("questions/acme-staff-loop.json")).exists();

        robot.clickOn("#newQuestionButton");
        assertThat(robot.lookup("#questionPackChoice").queryAs(javafx.scene.control.ChoiceBox.class).getValue().toString())
                .isEqualTo("Acme staff loop");
        robot.clickOn("#questionTitleField").write("Design the Acme ledger");
        robot.clickOn("#questionPromptArea").write("Design a ledger.");
        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> view.model().bank().question("design-the-acme-ledger").isPresent());
        assertThat(view.model().bank().packOf("design-the-acme-ledger").orElseThrow().pack().info().id())
                .isEqualTo("acme-staff-loop");
    }

    @Test
    void aPackHandEditedWithATypoShowsItsErrorAfterReload(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "mine.json", "mine", "Mine", List.of(question("fine")));
        BankView view = openBank(robot, app);
        Path file = app.home().resolve("questions/mine.json");
        Files.writeString(file, Files.readString(file).replace("\"prompt\"", "\"promt\""));

        robot.clickOn("#reloadBankButton");
        BankUi.waitUntil(() -> robot.lookup("#bankProblems").tryQuery().isPresent());

        assertThat(view.model().bank().question("fine")).isEmpty();
        String details = robot.lookup("#bankProblemDetails").queryAs(TextArea.class).getText();
        assertThat(details).contains(file + ":").contains("unknown field \"promt\" (did you mean \"prompt\"?)");
        assertThat(details).containsPattern("mine\\.json:\\d+:\\d+: ");
        assertThat(robot.lookup("#bankStatus").queryLabeled().getText()).contains("1 file(s) skipped");
    }

    private static LoadedPack myPack(BankView view, String id) {
        return view.model().myPacks().stream().filter(p -> p.pack().info().id().equals(id)).findFirst().orElseThrow();
    }

    private static Question question(String id) {
        return TestQuestions.systemDesign(id);
    }

    private static Question retitled(String id, String title) {
        Question q = question(id);
        return new Question(id, q.type(), title, q.prompt(), q.level(), q.tags(), q.competency(), q.signals(), q.hints(),
                q.followUps(), q.rubric(), q.tradeOffs(), q.timeboxMinutes(), q.phases());
    }

    private static QuestionPack pack(String id, String title, Question... questions) {
        return new QuestionPack(new PackInfo(id, title, "1", Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(questions));
    }
}
