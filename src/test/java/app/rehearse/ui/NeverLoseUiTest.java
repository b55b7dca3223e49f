package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.common.AnsweringDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Attacks on a running app that must never lose the user's work or hide a failure. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class NeverLoseUiTest {

    @Test
    void closingWhileSavesFailAsksAndSaveElsewhereKeepsTheText(FxRobot robot, RunningApp app, @TempDir Path elsewhere)
            throws Exception {
        app.start();
        app.useDialogs(new AnsweringDialogs().folder(elsewhere));
        UiActions.startSession(robot, "system-design");
        Path folder = waitForSessionFile(app);
        breakFolder(folder);
        robot.clickOn("#notesArea").write("typed while the disk said no");
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Could not save"));

        requestClose(robot, app);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unsavedWorkDialog").tryQuery().isPresent());
        assertThat(app.stage().isShowing()).isTrue();
        robot.clickOn("Save elsewhere\u2026");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.stage().isShowing());
        Path copy;
        try (Stream<Path> copies = Files.list(elsewhere)) {
            copy = copies.findFirst().orElseThrow();
        }
        assertThat(Files.readString(copy.resolve("notes.md"))).isEqualTo("typed while the disk said no");
        assertThat(copy.resolve("session.json")).exists();
        assertThat(copy.resolve("whiteboard.json")).exists();
    }

    @Test
    void closingWithEverythingSavedClosesAtOnce(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        waitForSessionFile(app);
        robot.clickOn("#notesArea").write("saved on the way out");

        requestClose(robot, app);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.stage().isShowing());
        assertThat(robot.lookup("#unsavedWorkDialog").tryQuery()).isEmpty();
        assertThat(Files.readString(app.sessionFolders().get(0).resolve("notes.md"))).isEqualTo("saved on the way out");
    }

    @Test
    void discardAsksFirstAndCanBeUndone(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        waitForSessionFile(app);
        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        String folderName = app.sessionFolders().get(0).getFileName().toString();

        robot.clickOn("#discardUnfinishedButton");
        robot.clickOn("Keep it");
        assertThat(app.sessionFolders()).hasSize(1);

        robot.clickOn("#discardUnfinishedButton");
        robot.clickOn("Move to trash");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.sessionFolders().isEmpty());
        assertThat(app.home().resolve("trash").resolve(folderName)).isDirectory();
        assertThat(robot.lookup("#resumeStatus").queryAs(Label.class).getText()).startsWith("Moved");

        robot.clickOn("#undoDiscardButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.sessionFolders().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").queryButton().isVisible());
    }

    @Test
    void aFinishThatFailsSaysWhyAndKeepsOfferingTheSession(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        Path folder = waitForSessionFile(app);
        app.restart();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());
        Path record = folder.resolve("session.json");
        Files.move(record, folder.resolve("kept.json"));
        Files.createDirectory(record);

        robot.clickOn("#finishUnfinishedButton");

        Label status = robot.lookup("#resumeStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Could not finish"));
        assertThat(status.getText()).contains("not a regular file");
        assertThat(robot.lookup("#resumeButton").queryButton().isVisible()).isTrue();
    }

    @Test
    void aBannerThatOnlyReportsUnreadableFoldersShowsNoEmptySessionRow(FxRobot robot, RunningApp app) throws Exception {
        SampleHistory.write(app.home());
        app.start();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeStatus").tryQuery()
                .map(status -> !((Label) status).getText().isEmpty()).orElse(false));

        javafx.scene.Node sessionRow = robot.lookup("#resumeText").query().getParent();
        assertThat(sessionRow.isManaged()).as("no unfinished session, so no row for one").isFalse();
        assertThat(robot.lookup("#resumeStatus").queryAs(Label.class).getText()).contains("could not be read");
    }

    @Test
    void notesTooLargeToEditAreNotOpenedForEditing(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        Path folder = waitForSessionFile(app);
        app.stop();
        Files.write(folder.resolve("notes.md"), new byte[3 << 20]);
        app.start();
        UiActions.openPractice(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resumeButton").tryQuery().isPresent());

        robot.clickOn("#resumeButton");

        Label status = robot.lookup("#resumeStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("too large to edit"));
        assertThat(robot.lookup("#notesArea").tryQuery()).isEmpty();
        assertThat(Files.size(folder.resolve("notes.md"))).isEqualTo(3 << 20);
    }

    @Test
    void aHistoryThatCannotOpenSaysWhyInsteadOfNoSessions(FxRobot robot, RunningApp app) throws Exception {
        Files.writeString(app.home().resolve("sessions"), "a file where the sessions folder should be");
        app.start();

        robot.clickOn("#navHistory");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#historyLoadFailure").tryQuery().isPresent());
        assertThat(robot.lookup("#historyLoadFailure").queryAs(Label.class).getText())
                .startsWith("Your sessions could not be listed");
        assertThat(robot.lookup("#historyLoadFailure").queryAs(Label.class).getText()).contains("is a file, not the folder");
        assertThat(robot.lookup("#problemMessage").queryAs(Label.class).getText()).contains("History could not open");
    }

    @Test
    void aChecklistFileThatIsAFolderStillLetsYouGradeAndSaysSo(FxRobot robot, RunningApp app) throws Exception {
        Files.createDirectories(app.home().resolve("checklists").resolve("custom.json"));
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#finishButton");
        robot.clickOn("Finish now");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checklist").tryQuery().isPresent());
        assertThat(robot.lookup("#checklistProblems").queryAs(Label.class).getText()).contains("custom.json")
                .contains("shipped dimensions");
        robot.clickOn("#navHistory");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").queryTableView()
                .getItems().size() == 1);
        assertThat(robot.lookup("#notesArea").tryQuery().map(n -> ((TextArea) n).getText())).isEmpty();
    }

    /** @param throughInit started as JavaFX's launcher does, init() first, or by start() alone as tests may */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aDataFolderThatIsAFileIsNamedInsteadOfAStackTrace(boolean throughInit, FxRobot robot, RunningApp app)
            throws Exception {
        Path file = Files.writeString(app.home().resolve("not-a-folder"), "x");

        RehearseApp started = throughInit ? AppTestSupport.launch(app.stage(), file)
                : AppTestSupport.start(app.stage(), file);
        try {
            assertThat(started.services()).isNull();
            assertThat(robot.lookup("#startupError").queryAs(Label.class).getText()).contains(file.toString())
                    .contains("a file is where a folder should be");
        } finally {
            AppTestSupport.stop(started);
        }
    }

    @Test
    void leftoverTemporaryFilesAreRemovedAtStart(RunningApp app) throws Exception {
        Path session = Files.createDirectories(app.home().resolve("sessions").resolve("20260101-100000-q"));
        Path leftover = Files.writeString(session.resolve(".notes.md.123.tmp"), "half");
        Path usersOwn = Files.writeString(session.resolve("draft.tmp"), "mine");

        app.start();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(leftover));
        assertThat(usersOwn).exists();
    }

    private static Path waitForSessionFile(RunningApp app) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !app.sessionFolders().isEmpty()
                && Files.exists(app.sessionFolders().get(0).resolve("session.json")));
        return app.sessionFolders().get(0);
    }

    private static void breakFolder(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(folder, "not a folder any more");
    }

    private static void requestClose(FxRobot robot, RunningApp app) {
        robot.interact(() -> app.stage().fireEvent(new WindowEvent(app.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
