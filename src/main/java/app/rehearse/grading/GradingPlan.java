package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.stories.StarTiming;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a grading view shows for one question: checklist rows (the dimensions the question
 * stresses first, in the question's order, then the rest in checklist order), the rubric, and
 * for behavioral questions the STAR and timing checks. A behavioral question also stresses what
 * every story is judged on ({@link #STORY_DIMENSIONS}), ahead of its own dimensions.
 *
 * @param missingTradeOffs dimensions the question stresses that are not among the given ones
 *        (hidden by the user, or a custom dimension that no longer exists); they get no row
 * @param targetAnswerLength behavioral only: the answer should fit in this time
 * @param questionLevel the question's own level: the bar a new grade starts against
 */
public record GradingPlan(
        String questionId,
        QuestionType type,
        Level questionLevel,
        List<ChecklistRow> checklist,
        List<RubricCriterion> rubric,
        boolean starCheck,
        boolean timingCheck,
        Optional<Duration> targetAnswerLength,
        int hintsAvailable,
        List<String> missingTradeOffs) {

    /**
     * What every story is judged on, shown first when grading a behavioral answer: ownership, scope,
     * conflict handling, a measured result and reflection (the shipped "people" checklist). One the user
     * hid is left out quietly, as it is not the question's own.
     */
    public static final List<String> STORY_DIMENSIONS = List.of("ownership", "scope", "conflict-handling",
            "measurable-result", "reflection");

    /** The phase of a behavioral plan whose length is the target for the story itself. */
    public static final String ANSWER_PHASE = "answer";
    /** Target story length when a behavioral question has no answer phase of its own: a spoken story's longest. */
    public static final Duration DEFAULT_ANSWER_LENGTH = Duration.ofMinutes(3);

    public GradingPlan {
        checklist = List.copyOf(checklist);
        rubric = List.copyOf(rubric);
        missingTradeOffs = List.copyOf(missingTradeOffs);
    }

    /**
     * The plan for a question given the dimensions the user sees (usually
     * {@link ChecklistPreferences#visibleDimensions}). A dimension listed twice counts once.
     */
    public static GradingPlan forQuestion(Question q, List<ChecklistDimension> dimensions) {
        Map<String, ChecklistDimension> byId = new LinkedHashMap<>();
        dimensions.forEach(d -> byId.putIfAbsent(d.id(), d));
        List<ChecklistRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean behavioral = q.type() == QuestionType.BEHAVIORAL;
        if (behavioral) {
            STORY_DIMENSIONS.stream().map(byId::remove).filter(Objects::nonNull).forEach(d -> rows.add(new ChecklistRow(d, true)));
        }
        for (String id : q.tradeOffs()) {
            ChecklistDimension d = byId.remove(id);
            if (d != null) {
                rows.add(new ChecklistRow(d, true));
            } else if (rows.stream().noneMatch(r -> r.id().equals(id)) && !missing.contains(id)) {
                missing.add(id);
            }
        }
        byId.values().forEach(d -> rows.add(new ChecklistRow(d, false)));
        Optional<Duration> target = behavioral ? Optional.of(answerLength(q)) : Optional.empty();
        return new GradingPlan(q.id(), q.type(), q.level(), rows, q.rubric(), behavioral, behavioral, target,
                q.hints().size(), missing);
    }

    private static Duration answerLength(Question q) {
        return q.phases().stream().filter(p -> ANSWER_PHASE.equals(p.id())).findFirst()
                .map(PhaseSpec::minutes).map(Duration::ofMinutes).orElse(DEFAULT_ANSWER_LENGTH);
    }

    public List<ChecklistRow> stressedRows() {
        return checklist.stream().filter(ChecklistRow::stressed).toList();
    }

    /**
     * Behavioral only: whether an answer that took {@code answerTime} was within the target; empty otherwise. An
     * answer shorter than a spoken story's shortest ({@value StarTiming#SHORTEST_SECONDS} s) is not: skipping the
     * answer must not pass the timing check.
     */
    public Optional<Boolean> withinTarget(Duration answerTime) {
        return targetAnswerLength.map(target -> answerTime.compareTo(target) <= 0
                && answerTime.toSeconds() >= StarTiming.SHORTEST_SECONDS);
    }

    /**
     * A new card for re-grading, starting from the previous grade: levels and notes of rows
     * still in this plan carry over (by dimension id), as do rubric levels (by index, when the
     * criterion keeps its weight), STAR ticks, the timing answer, notes, hints, the rescue hint, overtime and
     * the level graded against.
     * Rows for dimensions no longer shown are dropped, so nothing counts that the user cannot see.
     */
    public Scorecard regrade(Scorecard previous, Instant gradedAt) {
        Scorecard card = blankScorecard(previous.hintsUsed(), previous.overtimeSeconds(), gradedAt).withNotes(previous.notes())
                .withLevel(previous.level().orElse(questionLevel)).withRescueUsed(previous.rescueUsed());
        for (ChecklistScore old : previous.checklist()) {
            if (card.checklistScore(old.dimensionId()).isPresent()) {
                card = card.withChecklistLevel(old.dimensionId(), old.level())
                        .withChecklistNote(old.dimensionId(), old.note().orElse(""));
            }
        }
        for (int i = 0; i < Math.min(rubric.size(), previous.rubric().size()); i++) {
            if (previous.rubric().get(i).weight() == card.rubric().get(i).weight()) {
                card = card.withRubricLevel(i, previous.rubric().get(i).level());
            }
        }
        if (starCheck && previous.behavioral()) {
            for (StarElement e : previous.star()) {
                card = card.withStar(e, true);
            }
            card = card.withWithinTarget(previous.withinTarget());
        }
        for (String signal : previous.signalsShown()) {
            card = card.withSignalShown(signal, true);
        }
        return card;
    }

    /** A scorecard for this plan with nothing scored yet, against the question's own level. */
    public Scorecard blankScorecard(int hintsUsed, long overtimeSeconds, Instant gradedAt) {
        List<ChecklistScore> rows = checklist.stream()
                .map(r -> ChecklistScore.unscored(r.id(), r.stressed())).toList();
        List<RubricScore> criteria = rubric.stream().map(c -> RubricScore.unscored(c.weight())).toList();
        return new Scorecard(type, rows, criteria, Set.of(), Optional.empty(), "", hintsUsed, hintsAvailable,
                overtimeSeconds, gradedAt, Set.of(), Optional.of(questionLevel), false);
    }
}
