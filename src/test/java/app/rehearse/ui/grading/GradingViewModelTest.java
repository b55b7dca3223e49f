package app.rehearse.ui.grading;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Level;
import app.rehearse.bank.Question;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.RubricLevel;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import app.rehearse.stories.StarTiming;
import app.rehearse.stories.StarTiming.Part;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grading view model on the caller's thread and a fixed clock. */
class GradingViewModelTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private SessionRepository repository() {
        return new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneOffset.UTC);
    }

    private SessionSnapshot finished(SessionRepository repository) throws Exception {
        return finished(repository, TestQuestions.systemDesign("cache"));
    }

    private SessionSnapshot finished(SessionRepository repository, Question q) throws Exception {
        PracticeSession s = PracticeSession.create(repository.newId(q.id(), clock.instant()), q,
                PlanSettings.standard().planFor(q), clock, new Random(3), false);
        s.start();
        clock.advanceSeconds(600);
        s.finish();
        repository.save(s.snapshot(), "notes");
        return s.snapshot();
    }

    private GradingViewModel model(SessionRepository repository, SessionSnapshot session) {
        return model(repository, session, Optional.empty());
    }

    private GradingViewModel model(SessionRepository repository, SessionSnapshot session, Optional<StarTiming> spoken) {
        List<ChecklistDimension> dimensions = List.of(new ChecklistDimension("consistency-vs-availability",
                "Consistency vs availability", "Consistency", "Availability", "", List.of("Did I say it?")));
        return new GradingViewModel(session, GradeHistory.empty(), dimensions, spoken, repository, clock, Runnable::run,
                Runnable::run);
    }

    @Test
    void aFirstGradeStartsAtTheLevelChosenInSettingsAndARegradeKeepsItsOwn() throws Exception {
        SessionRepository repository = repository();
        SessionSnapshot session = finished(repository);
        List<ChecklistDimension> dimensions = List.of(new ChecklistDimension("consistency-vs-availability",
                "Consistency vs availability", "Consistency", "Availability", "", List.of("Did I say it?")));

        GradingViewModel first = new GradingViewModel(session, GradeHistory.empty(), dimensions, Optional.empty(),
                Optional.of(Level.PRINCIPAL), repository, clock, Runnable::run, Runnable::run);
        assertThat(first.levelProperty().get()).isEqualTo(Level.PRINCIPAL);
        assertThat(first.cardProperty().get().level()).hasValue(Level.PRINCIPAL);
        assertThat(model(repository, session).levelProperty().get()).as("no setting: the question's own")
                .isEqualTo(session.question().level());

        GradeHistory graded = GradeHistory.empty().append(first.cardProperty().get().withLevel(Level.STAFF));
        GradingViewModel regrade = new GradingViewModel(session, graded, dimensions, Optional.empty(),
                Optional.of(Level.PRINCIPAL), repository, clock, Runnable::run, Runnable::run);
        assertThat(regrade.levelProperty().get()).as("a regrade keeps the bar it was graded at").isEqualTo(Level.STAFF);
    }

    @Test
    void aTimedSpokenAnswerDecidesTheTimingCheckAndTheUserCannotOverruleIt() throws Exception {
        SessionRepository repository = repository();
        SessionSnapshot story = finished(repository, TestQuestions.behavioral("disagreed", "conflict"));
        StarTiming tooShort = StarTiming.of(Map.of(Part.SITUATION, 0L, Part.ACTION, 30_000L, Part.RESULT, 60_000L), 80_000);
        StarTiming fitting = StarTiming.of(Map.of(Part.SITUATION, 0L, Part.TASK, 20_000L, Part.ACTION, 40_000L,
                Part.RESULT, 130_000L), 160_000);

        GradingViewModel shortAnswer = model(repository, story, Optional.of(tooShort));
        shortAnswer.setWithinTarget(Optional.of(true));

        assertThat(shortAnswer.cardProperty().get().withinTarget()).hasValue(false);
        assertThat(model(repository, story, Optional.of(fitting)).cardProperty().get().withinTarget()).hasValue(true);
        GradingViewModel untimed = model(repository, story);
        untimed.setWithinTarget(Optional.of(true));
        assertThat(untimed.cardProperty().get().withinTarget()).as("untimed: the user's own answer").hasValue(true);
    }

    @Test
    void nothingScoredIsNotGradedAndAScoreFollowsWhatWasScored() throws Exception {
        SessionRepository repository = repository();
        GradingViewModel model = model(repository, finished(repository));

        assertThat(model.scoreProperty().get().graded()).isFalse();
        model.setRubricLevel(0, Optional.of(RubricLevel.STRONG));

        assertThat(model.scoreProperty().get().graded()).isTrue();
        assertThat(model.savedProperty().get()).isFalse();
    }

    @Test
    void savingKeepsTheCardAndTheReferenceSignalsTickedWithTheSession() throws Exception {
        SessionRepository repository = repository();
        SessionSnapshot session = finished(repository);
        GradingViewModel model = model(repository, session);
        model.setRubricLevel(0, Optional.of(RubricLevel.SOLID));
        model.setSignalShown("Sizes the cache from the hit ratio", true);
        model.setSignalShown("Plans the migration", true);
        model.setSignalShown("Plans the migration", false);

        model.save();

        assertThat(model.savedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Scorecard saved");
        StoredSession stored = repository.load(session.id());
        GradeHistory saved = GradeHistoryJson.fromJson(stored.extra(GradeHistoryJson.FIELD), stored.problems());
        assertThat(saved.current().orElseThrow().signalsShown()).containsExactly("Sizes the cache from the hit ratio");
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsTheCard() throws Exception {
        SessionRepository repository = repository();
        SessionSnapshot session = finished(repository);
        GradingViewModel model = model(repository, session);
        model.setRubricLevel(0, Optional.of(RubricLevel.WEAK));
        Path record = repository.folder(session.id()).resolve(SessionRepository.SESSION_FILE);
        Files.delete(record);
        Files.createDirectories(record.resolve("in-the-way"));

        model.save();

        assertThat(model.savedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Could not save the scorecard").contains("try Save again");
        assertThat(model.cardProperty().get().rubric().get(0).level()).contains(RubricLevel.WEAK);
    }
}
