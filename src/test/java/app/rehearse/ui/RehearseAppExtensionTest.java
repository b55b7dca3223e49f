package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class RehearseAppExtensionTest {
    /** The data directories of the tests that ran before in this class: each must be gone by the next test. */
    private static final List<Path> EARLIER_HOMES = new ArrayList<>();

    private Stage startedStage;
    private Path homeSeenBeforeEach;

    @Start
    void start(Stage stage) {
        startedStage = stage;
    }

    @BeforeEach
    void seed(RunningApp app) throws Exception {
        homeSeenBeforeEach = app.home();
        assertThat(EARLIER_HOMES).allSatisfy(earlier -> assertThat(earlier).doesNotExist());
        assertThat(System.getProperty("rehearse.home")).as("cleared after the earlier test").isNull();
        EARLIER_HOMES.add(app.home());
    }

    @Test
    void theAppStartsOnlyWhenAskedOnAFreshDataDirectoryInTheStageGivenToStart(RunningApp app) throws Exception {
        assertThat(app.home()).isEqualTo(homeSeenBeforeEach).isEmptyDirectory();
        assertThat(app.stage()).isSameAs(startedStage);
        assertThatThrownBy(app::services).isInstanceOf(IllegalStateException.class);

        app.start();

        assertThat(System.getProperty("rehearse.home")).isEqualTo(app.home().toString());
        assertThat(app.stage().getTitle()).isEqualTo(RehearseApp.TITLE);
        assertThat(app.services()).isNotNull();
        assertThat(app.sessionFolders()).isEmpty();
        assertThatThrownBy(app::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void restartingReopensTheSameDataDirectoryWithWhatWasWrittenBeforeTheStart(RunningApp app) throws Exception {
        Files.writeString(app.home().resolve("seeded.txt"), "written before the start");
        app.start();
        AppServices first = app.services();

        app.restart();

        assertThat(app.services()).isNotSameAs(first);
        assertThat(System.getProperty("rehearse.home")).isEqualTo(app.home().toString());
        assertThat(app.home().resolve("seeded.txt")).hasContent("written before the start");

        app.stop();
        assertThat(System.getProperty("rehearse.home")).isNull();
        assertThatThrownBy(app::services).isInstanceOf(IllegalStateException.class);
        app.stop();
    }
}
