package app.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.testing.ManualScheduler;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session and its saving without any UI: every outcome is published, and the worst one wins. */
class LiveSessionTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final ManualScheduler io = new ManualScheduler();
    private final List<LiveSession.SaveState> published = new ArrayList<>();

    private LiveSession start(SessionRepository repository) {
        return LiveSession.start(TestQuestions.systemDesign("queue"), PlanSettings.standard(), repository, clock, io,
                Runnable::run, published::add);
    }

    @Test
    void notesTypedAfterFinishingAPhaseAreSavedWithTheTimeline() throws Exception {
        SessionRepository repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"),
                ZoneOffset.UTC);
        LiveSession live = start(repository);
        io.runDue();
        clock.advanceSeconds(90);
        live.notesChanged("the queue is at-least-once");
        live.nextPhase();
        live.finish();
        io.runDue();

        StoredSession stored = repository.load(live.session().id());
        assertThat(stored.notes()).isEqualTo("the queue is at-least-once");
        assertThat(stored.snapshot().state()).isEqualTo(SessionState.FINISHED);
        assertThat(published).last().isEqualTo(new LiveSession.SaveState(false, "All changes saved"));
    }

    @Test
    void aProblemStaysShownUntilTheWriterThatHadItSucceeds() throws Exception {
        SessionRepository repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"),
                ZoneOffset.UTC);
        LiveSession live = start(repository);
        io.runDue();
        Path notes = live.folder().resolve(SessionRepository.NOTES_FILE);
        Files.delete(notes);
        Files.createDirectories(notes.resolve("in-the-way"));

        live.finish();
        io.runDue();
        assertThat(published).last().satisfies(s -> assertThat(s.failing()).isTrue());

        Files.delete(notes.resolve("in-the-way"));
        Files.delete(notes);
        live.saveNowThen(saved -> assertThat(saved).isTrue());
        io.runDue();
        assertThat(published).last().isEqualTo(new LiveSession.SaveState(false, "All changes saved"));
    }
}
