package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.RubricCriterion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small questions and dimensions for grading tests. */
final class Fixtures {
    static final Instant NOON = Instant.parse("2025-01-31T12:00:00Z");

    private Fixtures() {}

    static ChecklistDimension dimension(String id) {
        return new ChecklistDimension(id, "Title of " + id, "Left", "Right", "About " + id, List.of("Did I " + id + "?"));
    }

    static List<ChecklistDimension> dimensions(String... ids) {
        return java.util.Arrays.stream(ids).map(Fixtures::dimension).toList();
    }

    static RubricCriterion criterion(String name, int weight) {
        return new RubricCriterion(name, "strong " + name, "weak " + name, weight);
    }

    static Question question(QuestionType type, List<String> tradeOffs, List<RubricCriterion> rubric, List<PhaseSpec> phases,
            int hints) {
        List<String> hintTexts = java.util.stream.IntStream.range(0, hints).mapToObj(i -> "hint " + i).toList();
        return new Question("q-" + type.id(), type, "A question", "Prompt", Level.SENIOR, List.of("tag"),
                Optional.empty(), List.of(), hintTexts, List.of(), rubric, tradeOffs, OptionalInt.empty(), phases);
    }

    static Question systemDesign(List<String> tradeOffs, List<RubricCriterion> rubric) {
        return question(QuestionType.SYSTEM_DESIGN, tradeOffs, rubric, List.of(), 3);
    }

    static Question behavioral(List<PhaseSpec> phases) {
        return question(QuestionType.BEHAVIORAL, List.of("autonomy-vs-alignment"), List.of(criterion("ownership", 1)),
                phases, 2);
    }

    static Scorecard blank(Question q, List<ChecklistDimension> dims) {
        return GradingPlan.forQuestion(q, dims).blankScorecard(0, 0, NOON);
    }
}
