package app.rehearse.ui.bank;

import app.rehearse.bank.PackInfo;
import app.rehearse.bank.PackWriter;
import app.rehearse.bank.QuestionPack;
import app.rehearse.testing.TestQuestions;
import app.rehearse.ui.RehearseAppExtension;
import app.rehearse.ui.RunningApp;
import app.rehearse.ui.Screenshots;
import app.rehearse.ui.common.AnsweringDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Not a check: walks the bank page's screens and saves screenshots to target/screenshots. Run with -Dscreenshots=true. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class BankScreenshotTour {
    @TempDir
    Path elsewhere;

    @Test
    void tour(FxRobot robot, RunningApp app) throws Exception {
        BankUi.writePack(app.home(), "my-questions.json", "my-questions", "My questions",
                List.of(TestQuestions.systemDesign("ticket-booking")));
        app.start();
        BankView view = BankUi.open(robot);
        AnsweringDialogs files = new AnsweringDialogs();
        app.useDialogs(files);
        BankUi.selectQuestion(robot, view, "ticket-booking");
        Screenshots.capture(app.stage(), "20-bank-my-question");

        robot.clickOn("#newQuestionButton");
        BankUi.clickRevealed(robot, "#questionTitleField").write("Design a rate limiter");
        BankUi.clickRevealed(robot, "#questionTagsField").write("Distributed Systems, api");
        BankUi.clickRevealed(robot, "#questionPromptArea").write("Design a **rate limiter** for a public API.\n\n- 50k requests/s\n- per-key quotas\n");
        BankUi.clickRevealed(robot, "#questionFollowUpsArea").write("How do you test it?\n!");
        BankUi.clickRevealed(robot, "#addRubricRowButton");
        BankUi.clickRevealed(robot, "#rubricCriterion0").write("Chooses an algorithm deliberately");
        Screenshots.capture(app.stage(), "21-editor-problems");

        BankUi.reveal(robot, "#questionTagsField");
        robot.doubleClickOn("#questionTagsField").eraseText(80).write("distributed-systems, api");
        BankUi.clickRevealed(robot, "#questionFollowUpsArea").type(KeyCode.END).write(" A client is spoofing keys.");
        BankUi.clickRevealed(robot, "#rubricStrong0").write("Compares token bucket and sliding window for this load");
        BankUi.clickRevealed(robot, "#rubricWeak0").write("Picks the first algorithm that comes to mind");
        Screenshots.capture(app.stage(), "22-editor-valid");
        robot.clickOn("#saveQuestionButton");
        BankUi.waitUntil(() -> robot.lookup("#bankTable").tryQuery().isPresent());
        Screenshots.capture(app.stage(), "23-bank-saved");

        Path bad = elsewhere.resolve("friend.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"pack\": {\"id\": \"friend\", \"title\": \"Friend\", \"version\": \"1\"},\n"
                + "  \"questions\": [\n    {\"id\": \"Not Kebab\", \"type\": \"system-design\", \"titel\": \"x\"}\n  ]\n}\n");
        files.fileToOpen(bad);
        robot.clickOn("#importPackButton");
        BankUi.waitUntil(() -> !view.model().problems().isEmpty());
        Screenshots.capture(app.stage(), "24-bank-import-problems");

        Path clash = elsewhere.resolve("clash.json");
        Files.write(clash, PackWriter.bytes(new QuestionPack(new PackInfo("friends", "Friends", "1", Optional.empty(),
                Optional.empty(), Optional.empty()), List.of(TestQuestions.systemDesign("ticket-booking"),
                TestQuestions.systemDesign("design-a-rate-limiter")))));
        files.fileToOpen(clash);
        robot.clickOn("#importPackButton");
        BankUi.waitUntil(() -> robot.lookup("#clashDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#clashDialog").queryAs(DialogPane.class);
        Screenshots.capture(pane.getScene().getWindow(), "25-clash-dialog");
        BankUi.clickDialogButton(robot, "#clashDialog", "Rename");
        BankUi.waitUntil(() -> view.model().bank().question("ticket-booking-2").isPresent());
        Screenshots.capture(app.stage(), "26-bank-imported");

        String shipped = view.model().bank().questions().get(0).id();
        BankUi.selectQuestion(robot, view, shipped);
        robot.clickOn("#duplicateQuestionButton");
        BankUi.reveal(robot, "#addRubricRowButton");
        Screenshots.capture(app.stage(), "27-editor-duplicate");
    }

    @Test
    void practiceColumns(FxRobot robot, RunningApp app) throws Exception {
        PracticeHistorySeed seed = new PracticeHistorySeed(app.home());
        Instant now = Instant.now();
        Instant lastYear = now.minus(Duration.ofDays(400));
        seed.graded("rate-limiter", lastYear, 2);
        seed.graded("rate-limiter", now.minus(Duration.ofDays(9)), 3);
        seed.practised("rate-limiter", now.minus(Duration.ofDays(2)), false);
        seed.graded("url-shortener", lastYear.plus(Duration.ofDays(20)), 1);
        seed.practised("url-shortener", lastYear.plus(Duration.ofDays(21)), true);
        app.start();
        BankView view = BankUi.open(robot);
        BankUi.waitUntil(() -> view.model().shownQuestions().size() > 0
                && robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> "\u2013".equals(((Labeled) n).getText())));
        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        BankUi.clickColumnHeader(robot, "bankPractisedColumn");
        BankUi.selectQuestion(robot, view, "rate-limiter");
        Screenshots.capture(app.stage(), "28-bank-practice-sorted");
    }
}
