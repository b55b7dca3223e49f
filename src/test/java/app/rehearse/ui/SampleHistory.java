package app.rehearse.ui;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingPlan;
import app.rehearse.grading.RubricLevel;
import app.rehearse.grading.Scorecard;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionRepository;
import app.rehearse.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

/** A small, realistic history written straight into a data directory: three graded sessions and a damaged one. */
final class SampleHistory {
    private SampleHistory() {}

    static QuestionBank write(Path home) throws Exception {
        QuestionBank bank = new BankLoader().load(BankSources.shipped());
        SessionRepository repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"),
                ZoneId.systemDefault());
        MutableClock clock = new MutableClock(Instant.parse("2026-10-20T09:00:00Z"));
        record(bank, repository, clock, "rate-limiter", "## Design\n- Token bucket per tenant in Redis\n"
                + "- Sliding window for bursts\n\nRisk: Redis hot keys for big tenants.", 3);
        clock.advance(Duration.ofDays(3));
        record(bank, repository, clock, "url-shortener", "Base62 ids from a counter; cache hot redirects.", 1);
        clock.advance(Duration.ofDays(3));
        record(bank, repository, clock, "rate-limiter", "Second try: leaky bucket and a local cache of quotas.", 2);
        Path damaged = home.resolve("sessions/20261101-120000-broken");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("session.json"), "{ \"version\": 1, ");
        return bank;
    }

    /** One session of the question at {@code at}, with every rubric criterion and stressed trade-off at {@code points}. */
    static void graded(Path home, String questionId, Instant at, int points) throws Exception {
        QuestionBank bank = new BankLoader().load(BankSources.shipped());
        SessionRepository repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"),
                ZoneId.systemDefault());
        MutableClock clock = new MutableClock(at);
        Question q = bank.question(questionId).orElseThrow();
        PracticeSession s = PracticeSession.create(repository.newId(q.id(), clock.instant()), q,
                PlanSettings.standard().planFor(q), clock, new Random(1), false);
        s.start();
        clock.advance(Duration.ofMinutes(40));
        s.finish();
        repository.save(s.snapshot(), "notes");
        GradingPlan plan = GradingPlan.forQuestion(q, bank.dimensions());
        Scorecard card = plan.blankScorecard(0, 0, clock.instant());
        for (int i = 0; i < card.rubric().size(); i++) {
            card = card.withRubricLevel(i, RubricLevel.ofPoints(points));
        }
        for (var row : plan.checklist()) {
            card = card.withChecklistLevel(row.id(), ChecklistLevel.ofPoints(points));
        }
        repository.saveField(s.id(), GradeHistoryJson.FIELD, GradeHistoryJson.toJson(GradeHistory.empty().append(card)));
    }

    private static void record(QuestionBank bank, SessionRepository repository, MutableClock clock, String questionId,
            String notes, int level) throws Exception {
        Question q = bank.question(questionId).orElseThrow();
        PracticeSession s = PracticeSession.create(repository.newId(q.id(), clock.instant()), q,
                PlanSettings.standard().planFor(q), clock, new Random(1), false);
        s.start();
        clock.advance(Duration.ofMinutes(7));
        s.nextPhase(notes.length() / 2);
        clock.advance(Duration.ofMinutes(3));
        s.finish();
        repository.save(s.snapshot(), notes);
        GradingPlan plan = GradingPlan.forQuestion(q, bank.dimensions());
        Scorecard card = plan.blankScorecard(0, 0, clock.instant())
                .withRubricLevel(0, RubricLevel.ofPoints(level))
                .withChecklistLevel(plan.checklist().get(0).id(), ChecklistLevel.ofPoints(level - 1));
        repository.saveField(s.id(), GradeHistoryJson.FIELD, GradeHistoryJson.toJson(GradeHistory.empty().append(card)));
    }
}
