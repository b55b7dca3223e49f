package app.rehearse.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionState;
import app.rehearse.practice.StoredSession;
import app.rehearse.testing.ManualScheduler;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.WhiteboardCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session view model on a manual scheduler and a fixed clock: every save runs when the test says so. */
class SessionViewModelTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final ManualScheduler io = new ManualScheduler();

    private SessionRepository repository() {
        return new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneOffset.UTC);
    }

    private SessionViewModel start(SessionRepository repository) {
        return SessionViewModel.start(TestQuestions.systemDesign("cache"), PlanSettings.standard(), repository, clock, io,
                Runnable::run);
    }

    @Test
    void aWorkedEstimateGoesOnALineOfItsOwnAtTheEndOfTheNotes() {
        SessionViewModel model = start(repository());

        model.appendToNotes("`1 year in s` = 31,536,000 s");
        model.notesProperty().set(model.notesProperty().get() + "Peak 3x");
        model.appendToNotes("`2e9 pages/month in /s` = 771.6 pages/s");

        assertThat(model.notesProperty().get()).isEqualTo("`1 year in s` = 31,536,000 s\nPeak 3x\n"
                + "`2e9 pages/month in /s` = 771.6 pages/s\n");
    }

    @Test
    void aNewSessionIsSavedAtOnceAndSaysSo() throws Exception {
        SessionRepository repository = repository();
        SessionViewModel model = start(repository);

        io.runDue();

        assertThat(model.saveStatusProperty().get()).isEqualTo("All changes saved");
        assertThat(repository.folder(model.snapshot().id()).resolve(SessionRepository.SESSION_FILE)).exists();
    }

    @Test
    void failingNotesAreNotHiddenByADiagramThatSavedAfterThem() throws Exception {
        SessionRepository repository = repository();
        SessionViewModel model = start(repository);
        io.runDue();
        Path folder = repository.folder(model.snapshot().id());
        Files.delete(folder.resolve(SessionRepository.NOTES_FILE));
        Files.createDirectories(folder.resolve(SessionRepository.NOTES_FILE).resolve("in-the-way"));
        model.whiteboard().execute(Commands.add(Shape.stencil(new ShapeId("s1"), Stencil.CACHE, new Point(100, 100))));

        model.finish();
        io.runDue();

        assertThat(folder.resolve(WhiteboardCodec.FILE_NAME)).exists();
        assertThat(model.saveFailingProperty().get()).isTrue();
        assertThat(model.saveStatusProperty().get()).startsWith("Could not save the notes");
        assertThat(model.hasUnsavedChanges()).isTrue();
    }

    @Test
    void finishingWritesTheFinishedStateWithoutWaitingForAnything() throws Exception {
        SessionRepository repository = repository();
        SessionViewModel model = start(repository);
        io.runDue();

        model.finish();
        assertThat(io.pending()).isEqualTo(2);
        io.runDue();

        StoredSession stored = repository.load(model.snapshot().id());
        assertThat(stored.snapshot().state()).isEqualTo(SessionState.FINISHED);
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void saveNowThenReportsWhetherEverythingReachedTheDisk() throws Exception {
        SessionRepository repository = repository();
        SessionViewModel model = start(repository);
        io.runDue();
        model.notesProperty().set("requirements first");
        List<Boolean> outcomes = new ArrayList<>();

        model.saveNowThen(outcomes::add);
        io.runDue();

        assertThat(outcomes).containsExactly(true);
        assertThat(repository.load(model.snapshot().id()).notes()).isEqualTo("requirements first");

        Path folder = repository.folder(model.snapshot().id());
        Files.delete(folder.resolve(SessionRepository.NOTES_FILE));
        Files.createDirectories(folder.resolve(SessionRepository.NOTES_FILE).resolve("in-the-way"));
        model.notesProperty().set("then the numbers");
        model.saveNowThen(outcomes::add);
        io.runDue();

        assertThat(outcomes).containsExactly(true, false);
        assertThat(model.saveStatusProperty().get()).startsWith("Could not save the notes");
    }

    @Test
    void aCopyElsewhereHoldsTheNotesTheDiagramAndTheRecord() throws Exception {
        SessionViewModel model = start(repository());
        model.notesProperty().set("kept somewhere safe");
        Path target = home.resolve("elsewhere");

        model.copyTo(target).call();

        assertThat(Files.readString(target.resolve(SessionRepository.NOTES_FILE))).isEqualTo("kept somewhere safe");
        assertThat(target.resolve(WhiteboardCodec.FILE_NAME)).exists();
        assertThat(target.resolve(SessionRepository.SESSION_FILE)).exists();
    }

    @Test
    void revealingAHintListsItAndCountsDown() {
        SessionViewModel model = start(repository());
        int hints = model.question().hints().size();

        model.revealHint();

        assertThat(model.hints()).containsExactly(model.question().hints().get(0));
        assertThat(model.hintsLeftProperty().get()).isEqualTo(hints > 1);
    }
}
