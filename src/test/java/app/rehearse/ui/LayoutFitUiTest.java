package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.testing.TestQuestions;
import app.rehearse.ui.bank.BankUi;
import app.rehearse.ui.bank.BankView;
import app.rehearse.ui.common.WrappedCell;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page at the two window sizes the app promises (1024×700 and 1280×820): no button or column
 * header (nor table cell) shows its text cut short, no hint or follow-up is clipped, and no page needs a
 * sideways scroll bar. Walks the pages as a person
 * would: a custom question in the bank, a session on the behavioral question with the longest title
 * (hints and a follow-up out), its grading, History with a session selected, Progress, and the resume
 * banner after a restart.
 */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class LayoutFitUiTest {

    @Test
    void everyPageFitsAt1024x700(FxRobot robot, RunningApp app) throws Exception {
        walkEveryPage(robot, app, 1024, 700);
    }

    @Test
    void everyPageFitsAt1280x820(FxRobot robot, RunningApp app) throws Exception {
        walkEveryPage(robot, app, 1280, 820);
    }

    @Test
    void theTablesKeepTheirTextAt125PercentText(FxRobot robot, RunningApp app) throws Exception {
        List<String> problems = new ArrayList<>();
        walkTheTablesAt("125", robot, app, problems);
        assertThat(problems).as("text cut short at 125% text").isEmpty();
    }

    /**
     * At 150% text a 1280×820 window holds about what 853×547 does at 100%: the headers' buttons move under the
     * titles, the bank's table folds its practised column into the title's second line, and the panes beside
     * dividers keep the width their content needs.
     */
    @Test
    void thePagesHoldTheirTextAt150PercentText(FxRobot robot, RunningApp app) throws Exception {
        List<String> problems = new ArrayList<>();
        walkTheTablesAt("150", robot, app, problems);
        BankView bank = BankUi.open(robot);
        WrappedCell<?, ?> ownQuestion = robot.lookup("#bankTable .table-cell")
                .match((Node n) -> n instanceof WrappedCell<?, ?> c && c.shownText().startsWith("Design ticket-booking"))
                .queryAs(WrappedCell.class);
        assertThat(ownQuestion.shownText()).as("how often it was practised moves under the title, not out of sight")
                .endsWith("System design \u00b7 senior \u00b7 not practised yet");
        TableView<?> table = robot.lookup("#bankTable").queryAs(TableView.class);
        assertThat(table.getColumns()).filteredOn(column -> "bankPractisedColumn".equals(column.getId()))
                .singleElement().satisfies(column -> assertThat(column.isVisible()).isFalse());
        robot.clickOn("#newQuestionButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#questionTitleField").tryQuery().isPresent());
        check(robot, app, "question editor at 150%", problems);
        robot.clickOn("#cancelQuestionButton");
        // A question whose rubric holds long unbroken terms, graded in the narrow scorecard pane.
        BankUi.selectQuestion(robot, bank, "multi-tenant-permissions");
        robot.clickOn("#practiceThisButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finishButton").tryQuery().isPresent());
        UiActions.finishNow(robot);
        check(robot, app, "grading at 150%", problems);

        assertThat(problems).as("text cut short at 150% text").isEmpty();
    }

    /** Starts at {@code percent} text in a 1280×820 window and checks the bank and a History review. */
    private static void walkTheTablesAt(String percent, FxRobot robot, RunningApp app, List<String> problems)
            throws Exception {
        writeSampleData(app);
        Files.writeString(app.home().resolve("settings.json"), "{\"version\": 1, \"textSize\": \"" + percent + "\"}");
        app.start();
        UiActions.resize(robot, app, 1280, 820);
        BankView bank = BankUi.open(robot);
        BankUi.selectQuestion(robot, bank, "ticket-booking");
        check(robot, app, "bank at " + percent + "%", problems);
        UiActions.openHistory(robot, 4);
        robot.clickOn("Oct 20, 09:00");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewPane #referenceAnswer").tryQuery().isPresent());
        check(robot, app, "history at " + percent + "%", problems);
    }

    private void walkEveryPage(FxRobot robot, RunningApp app, int width, int height) throws Exception {
        writeSampleData(app);
        app.start();
        UiActions.resize(robot, app, width, height);
        List<String> problems = new ArrayList<>();

        check(robot, app, "practice", problems);
        robot.clickOn("#navToday");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#practise-0").tryQuery().isPresent());
        check(robot, app, "today", problems);

        BankView bank = BankUi.open(robot);
        BankUi.selectQuestion(robot, bank, "ticket-booking");
        check(robot, app, "bank, own question selected", problems);
        robot.clickOn("#newQuestionButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#questionTitleField").tryQuery().isPresent());
        check(robot, app, "bank, question editor", problems);
        robot.clickOn("#cancelQuestionButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#bankTable").tryQuery().isPresent());

        Question longest = app.services().currentBank().orElseThrow().questions().stream()
                .filter(q -> q.type() == QuestionType.BEHAVIORAL)
                .max(Comparator.comparingInt((Question q) -> q.title().length())).orElseThrow();
        BankUi.selectQuestion(robot, bank, longest.id());
        robot.clickOn("#practiceThisButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#hintButton").tryQuery().isPresent());
        robot.clickOn("#hintButton").clickOn("#hintButton");
        while (robot.lookup("#followUpList").queryAs(ListView.class).getItems().isEmpty()
                && !robot.lookup("#nextPhaseButton").query().isDisabled()) {
            robot.clickOn("#nextPhaseButton");
        }
        check(robot, app, "session on \"" + longest.title() + "\"", problems);
        robot.clickOn("#foldPromptButton");
        check(robot, app, "session, prompt folded", problems);
        robot.clickOn("#unfoldPromptButton");

        UiActions.finishNow(robot);
        check(robot, app, "grading", problems);
        UiActions.click(robot, robot.lookup("#rubric-0 .score-2").query());
        check(robot, app, "grading, one criterion scored", problems);
        robot.clickOn("#backToPracticeButton");

        UiActions.openHistory(robot, 5);
        robot.clickOn(UiActions.firstRow(robot, "#historyTable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewNotes").tryQuery().isPresent());
        check(robot, app, "history, a session selected", problems);
        // A system-design session: its timeline names the longer phases ("Requirements", "API and data model"), and
        // its question has a reference answer, built under the review a moment after it shows.
        robot.clickOn("Oct 20, 09:00");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reviewPane #referenceAnswer").tryQuery().isPresent());
        check(robot, app, "history, a system-design session selected", problems);

        robot.clickOn("#navStories");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newStoryButton").tryQuery().isPresent());
        robot.clickOn("#newStoryButton");
        check(robot, app, "stories, a new story", problems);
        robot.clickOn("#coverageTab");
        check(robot, app, "stories, coverage", problems);

        robot.clickOn("#navProgress");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#progressChart").tryQuery().isPresent());
        check(robot, app, "progress", problems);

        robot.clickOn("#navPractice");
        UiActions.startSession(robot, "system-design");
        UiActions.finishNow(robot);
        check(robot, app, "grading, a system-design session", problems);
        robot.clickOn("#backToPracticeButton");

        UiActions.startSession(robot, "system-design");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.sessionFolders().stream()
                .anyMatch(folder -> Files.exists(folder.resolve("session.json")) && !folder.toString().contains("broken")));
        app.restart();
        UiActions.resize(robot, app, width, height);
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        check(robot, app, "resume banner", problems);

        assertThat(problems).as("text cut short at %dx%d", width, height).isEmpty();
    }

    /** Past sessions, and a pack of the user's own with the question "ticket-booking". */
    private static void writeSampleData(RunningApp app) throws Exception {
        SampleHistory.write(app.home());
        BankUi.writePack(app.home(), "my-questions.json", "my-questions", "My questions",
                List.of(TestQuestions.systemDesign("ticket-booking")));
    }

    private static void check(FxRobot robot, RunningApp app, String page, List<String> problems) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        if (Boolean.getBoolean("screenshots")) {
            Screenshots.capture(app.stage(), "fit-" + (int) app.stage().getWidth() + "-"
                    + page.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", ""));
        }
        WaitForAsyncUtils.asyncFx(() -> CutText.in(app.stage().getScene().getRoot())
                .forEach(problem -> problems.add(page + ": " + problem))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> CutText.overflowing(app.stage().getScene().getRoot())
                .forEach(problem -> problems.add(page + ": " + problem))).get(10, TimeUnit.SECONDS);
    }
}
