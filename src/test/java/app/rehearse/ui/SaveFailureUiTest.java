package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The disk refuses a save: the user is told, keeps typing, and nothing is lost once the disk is back. */
@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class SaveFailureUiTest {
    @Test
    void aFailedSaveWarnsKeepsTheNotesAndRetriesUntilItWorks(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        UiActions.startSession(robot, "system-design");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !app.sessionFolders().isEmpty()
                && Files.exists(app.sessionFolders().get(0).resolve("session.json")));
        Path folder = app.sessionFolders().get(0);
        deleteTree(folder);
        Files.writeString(folder, "not a folder any more");

        robot.clickOn("#notesArea").write("typed while the disk said no");
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Could not save"));
        assertThat(status.getText()).contains("kept in memory").contains("retrying");
        assertThat(status.getPseudoClassStates()).extracting(Object::toString).contains("warning");
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("typed while the disk said no");

        Files.delete(folder);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.getText().equals("All changes saved"));
        assertThat(Files.readString(folder.resolve("notes.md"))).isEqualTo("typed while the disk said no");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
