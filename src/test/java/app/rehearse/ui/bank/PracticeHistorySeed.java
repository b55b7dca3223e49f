package app.rehearse.ui.bank;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingPlan;
import app.rehearse.grading.RubricLevel;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.Scorecard;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionRepository;
import app.rehearse.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

/** Writes sessions on shipped questions into a data directory through the real session storage, as the app would. */
final class PracticeHistorySeed {
    private final QuestionBank bank = new BankLoader().load(BankSources.shipped());
    private final SessionRepository repository;

    PracticeHistorySeed(Path home) {
        repository = new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneId.systemDefault());
    }

    SessionRepository repository() {
        return repository;
    }

    /** A session begun at {@code at}, practised for ten minutes; finished only when {@code finished}. */
    String practised(String questionId, Instant at, boolean finished) throws Exception {
        Question q = bank.question(questionId).orElseThrow();
        MutableClock clock = new MutableClock(at);
        PracticeSession s = PracticeSession.create(repository.newId(q.id(), at), q, PlanSettings.standard().planFor(q),
                clock, new Random(1), false);
        s.start();
        clock.advance(Duration.ofMinutes(7));
        s.nextPhase(0);
        clock.advance(Duration.ofMinutes(3));
        if (finished) {
            s.finish();
        }
        repository.save(s.snapshot(), "notes");
        return s.id();
    }

    /** A finished session graded with every rubric criterion and the first checklist row at {@code points}; returns its score. */
    int graded(String questionId, Instant at, int points) throws Exception {
        String id = practised(questionId, at, true);
        Question q = bank.question(questionId).orElseThrow();
        GradingPlan plan = GradingPlan.forQuestion(q, bank.dimensions());
        Scorecard card = plan.blankScorecard(0, 0, at.plus(Duration.ofMinutes(15)))
                .withChecklistLevel(plan.checklist().get(0).id(), ChecklistLevel.ofPoints(points));
        for (int i = 0; i < q.rubric().size(); i++) {
            card = card.withRubricLevel(i, RubricLevel.ofPoints(points));
        }
        repository.saveField(id, GradeHistoryJson.FIELD, GradeHistoryJson.toJson(GradeHistory.empty().append(card)));
        return ScoreFormula.score(card).total().getAsInt();
    }
}
