package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class PracticeSessionUiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionRunsThroughPhasesAndIsSavedWithNotesAndTimeline(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.openPractice(robot);
        robot.clickOn("#drawType").clickOn("system-design");
        robot.clickOn("#drawButton");
        String title = robot.lookup("#questionTitle").queryAs(Label.class).getText();
        robot.clickOn("#startButton");

        Label timer = robot.lookup("#timerLabel").queryAs(Label.class);
        Label phase = robot.lookup("#phaseLabel").queryAs(Label.class);
        String firstPhase = phase.getText();
        assertThat(firstPhase).isNotBlank();
        String first = timer.getText();
        // The countdown starts at the phase's whole minutes; on a loaded machine a second may pass before it is read.
        assertThat(first).matches("\\d+:\\d\\d");
        assertThat(seconds(first) % 60).as("starts at whole minutes, read within 3 s: " + first).isIn(0, 57, 58, 59);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !timer.getText().equals(first));
        assertThat(seconds(timer.getText())).isBetween(seconds(first) - 3, seconds(first) - 1);

        robot.clickOn("#hintButton");
        assertThat(robot.lookup("#hintList").queryAs(ListView.class).getItems()).hasSize(1);

        robot.clickOn("#notesArea").write("Users: 100M DAU. Reads dominate 100:1.");
        robot.clickOn("#nextPhaseButton");
        assertThat(phase.getText()).isNotEqualTo(firstPhase);
        assertThat(robot.lookup(".phase-count").queryAs(Label.class).getText()).startsWith("Phase 2 of ");
        robot.clickOn("#nextPhaseButton");
        assertThat(robot.lookup("#followUpList").queryAs(ListView.class).getItems()).hasSize(1);
        robot.clickOn("#notesArea").write(" QPS ~ 12k.");

        robot.clickOn("#finishButton");
        robot.clickOn("Finish now");
        assertThat(robot.lookup("#scoreLabel").tryQuery()).isPresent();

        List<Path> folders = app.sessionFolders();
        assertThat(folders).hasSize(1);
        Path folder = folders.get(0);
        assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}-[a-z0-9-]+");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("session.json"))
                && JSON.readTree(folder.resolve("session.json").toFile()).path("state").asText().equals("finished"));
        assertThat(Files.readString(folder.resolve("notes.md")))
                .isEqualTo("Users: 100M DAU. Reads dominate 100:1. QPS ~ 12k.");
        JsonNode session = JSON.readTree(folder.resolve("session.json").toFile());
        assertThat(session.path("question").path("title").asText()).isEqualTo(title);
        assertThat(session.path("timeline")).hasSize(3);
        assertThat(session.path("timeline").get(1).path("notesOffset").asInt())
                .isEqualTo("Users: 100M DAU. Reads dominate 100:1.".length());
        assertThat(session.path("hintsUsed")).hasSize(1);
        assertThat(session.path("followUpsShown")).hasSize(1);
    }

    @Test
    void shortcutsWithAModifierWorkWhileTypingAndPlainKeysDoNot(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "trade-off");
        robot.clickOn("#notesArea").write("p ");
        assertThat(robot.lookup("#pauseButton").queryButton().getText()).isEqualTo("Pause");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(robot.lookup("#pauseButton").queryButton().getText()).isEqualTo("Resume");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#phaseLabel").queryAs(Label.class).getText()).isEqualTo("Options");
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("p ");
    }

    @Test
    void anUnfinishedSessionCanBeResumedAfterARestartWithEverythingTyped(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#notesArea").write("draft before the crash");
        robot.clickOn("#nextPhaseButton");
        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#notesArea").tryQuery().isPresent());
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("draft before the crash");
        assertThat(robot.lookup("#pauseButton").queryButton().getText()).isEqualTo("Resume");
        assertThat(robot.lookup("#phaseLabel").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup(".phase-count").queryAs(Label.class).getText()).startsWith("Phase 2 of ");
    }

    private static int seconds(String timer) {
        String[] parts = timer.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    @Test
    void aHintLandsInViewUnderTheControlsTheMomentItIsRevealed(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        assertThat(robot.lookup("#latestCue").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#hintButton");

        Label cue = robot.lookup("#latestCue").queryAs(Label.class);
        assertThat(cue.isVisible()).isTrue();
        assertThat(cue.getText()).startsWith("Hint 1 of ");
        javafx.geometry.Bounds inScene = cue.localToScene(cue.getBoundsInLocal());
        assertThat(inScene.getMaxY()).as("in view without scrolling").isLessThan(cue.getScene().getHeight());
        assertThat(inScene.getHeight()).as("not clipped").isGreaterThanOrEqualTo(cue.prefHeight(cue.getWidth()) - 1);
    }

    @Test
    void theNavigationFoldsAwayWhileASessionRunsAndComesBackAfter(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        assertThat(robot.lookup("#navHistory").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        UiActions.startSession(robot, "system-design");
        javafx.scene.Node board = robot.lookup("#whiteboard").query();
        double sceneWidth = board.getScene().getWidth();

        assertThat(robot.lookup(".nav-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(board.getBoundsInLocal().getWidth()).as("the board has most of the window").isGreaterThan(sceneWidth * 0.5);

        UiActions.finishNow(robot);
        assertThat(robot.lookup(".nav-bar").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
    }

    @Test
    void thePromptFoldsToAStripAndTheNextSessionOfTheTypeStartsTheWayTheLastOneWasLeft(FxRobot robot, RunningApp app)
            throws Exception {
        app.start();
        UiActions.resize(robot, app, 1024, 700);
        UiActions.startSession(robot, "system-design");
        javafx.scene.Node board = robot.lookup("#whiteboard").query();
        double before = board.getBoundsInLocal().getWidth();

        robot.clickOn("#foldPromptButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#promptStrip").tryQuery()).isPresent();
        assertThat(robot.lookup("#sessionPrompt").tryQuery()).isEmpty();
        assertThat(board.getBoundsInLocal().getWidth()).as("the board takes the prompt's room")
                .isGreaterThan(before + 120);

        UiActions.finishNow(robot);
        robot.clickOn("#backToPracticeButton");
        UiActions.startSession(robot, "system-design");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#whiteboard").tryQuery().isPresent());
        assertThat(robot.lookup("#promptStrip").tryQuery()).as("folded, as the last design session was left").isPresent();

        robot.clickOn("#unfoldPromptButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sessionPrompt").tryQuery()).isPresent();
        assertThat(robot.lookup("#whiteboard").query().getBoundsInLocal().getWidth())
                .as("unfolded, the dividers are back where they were").isCloseTo(before, within(2.0));
        UiActions.finishNow(robot);
        robot.clickOn("#backToPracticeButton");
        UiActions.startSession(robot, "behavioral");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notesArea").tryQuery().isPresent());
        assertThat(robot.lookup("#sessionPrompt").tryQuery()).as("each type keeps its own layout").isPresent();
    }

    @Test
    void theNotesPreviewShowsThemAsReviewWillWithEachTypedLineOnItsOwn(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "behavioral");
        robot.clickOn("#notesArea").write("S: the release froze\nT: I owned the **fix**");

        robot.clickOn("#notesPreviewToggle");

        app.rehearse.ui.markdown.MarkdownView preview = robot.lookup("#notesPreview")
                .queryAs(app.rehearse.ui.markdown.MarkdownView.class);
        assertThat(preview.getText()).contains("S: the release froze\nT: I owned the fix");
        assertThat(robot.lookup("#notesArea").query().isVisible()).isFalse();

        robot.clickOn("#notesPreviewToggle");
        assertThat(robot.lookup("#notesArea").query().isVisible()).isTrue();
        robot.write("\nA: paired with QA");
        assertThat(app.sessionFolders()).isNotEmpty();
        assertThat(robot.lookup("#notesArea").queryAs(javafx.scene.control.TextArea.class).getText())
                .endsWith("A: paired with QA");
    }

    @Test
    void thePhaseBarShowsItsTrackBeforeAnyTimeHasPassed(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");

        javafx.scene.layout.Region track = robot.lookup("#phaseProgress .track").queryAs(javafx.scene.layout.Region.class);

        assertThat(track.getBackground()).isNotNull();
        assertThat(track.getBackground().getFills()).as("an outline and a fill, both visible")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(fill -> assertThat(((javafx.scene.paint.Color) fill.getFill()).getOpacity()).isGreaterThan(0.5));
    }

    @Test
    void theNumbersWindowWorksOutAnEstimateAndKeepsItInTheNotes(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#notesArea").write("Estimates:");
        robot.clickOn("#numbersButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#numbersSheet").tryQuery()
                .map(VBox.class::isInstance).orElse(false));
        assertThat(robot.lookup("#numbersSheet .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Latency", "Main memory reference");

        robot.clickOn("#estimateInput").write("2e9 pages/month in /s");
        assertThat(robot.lookup("#estimateResult").queryAs(Label.class).getText()).isEqualTo("= 771.6 pages/s");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText())
                .isEqualTo("Estimates:\n`2e9 pages/month in /s` = 771.6 pages/s\n");
        robot.clickOn("#estimateInput").write("3 GB + 2 s");
        assertThat(robot.lookup("#estimateResult").queryAs(Label.class).getText()).isEqualTo("col 6: cannot add time to data");
        robot.clickOn("#conceptsTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#conceptsList").tryQuery()
                .map(VBox.class::isInstance).orElse(false));

        UiActions.finishNow(robot);
        assertThat(robot.lookup("#estimateInput").tryQuery()).as("the window closes with the session").isEmpty();
    }
}

