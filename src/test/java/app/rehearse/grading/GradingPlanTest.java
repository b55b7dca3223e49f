package app.rehearse.grading;

import static app.rehearse.grading.Fixtures.behavioral;
import static app.rehearse.grading.Fixtures.criterion;
import static app.rehearse.grading.Fixtures.dimensions;
import static app.rehearse.grading.Fixtures.systemDesign;
import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.QuestionType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradingPlanTest {

    @Test
    void stressedDimensionsComeFirstInTheQuestionsOrderAndAreMarked() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of("d", "b"), List.of()), dimensions("a", "b", "c", "d"));

        assertThat(plan.checklist()).extracting(ChecklistRow::id).containsExactly("d", "b", "a", "c");
        assertThat(plan.checklist()).extracting(ChecklistRow::stressed).containsExactly(true, true, false, false);
        assertThat(plan.stressedRows()).extracting(ChecklistRow::id).containsExactly("d", "b");
    }

    @Test
    void aStressedDimensionThatNoLongerExistsIsSkippedAndReported() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of("gone", "b"), List.of()), dimensions("a", "b"));

        assertThat(plan.checklist()).extracting(ChecklistRow::id).containsExactly("b", "a");
        assertThat(plan.missingTradeOffs()).containsExactly("gone");
    }

    @Test
    void aDimensionListedTwiceGetsOneRow() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of("a"), List.of()),
                List.of(Fixtures.dimension("a"), Fixtures.dimension("b"), Fixtures.dimension("a")));

        assertThat(plan.checklist()).extracting(ChecklistRow::id).containsExactly("a", "b");
    }

    @Test
    void withNoDimensionsThePlanHasNoChecklistRows() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of("a"), List.of()), List.of());

        assertThat(plan.checklist()).isEmpty();
        assertThat(plan.missingTradeOffs()).containsExactly("a");
    }

    @Test
    void carriesTheRubricAndTheNumberOfHints() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of(), List.of(criterion("x", 2), criterion("y", 1))),
                dimensions("a"));

        assertThat(plan.rubric()).extracting(c -> c.criterion()).containsExactly("x", "y");
        assertThat(plan.hintsAvailable()).isEqualTo(3);
        assertThat(plan.type()).isEqualTo(QuestionType.SYSTEM_DESIGN);
    }

    @Test
    void nonBehavioralQuestionsGetNoStarOrTimingCheck() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of(), List.of()), dimensions("a"));

        assertThat(plan.starCheck()).isFalse();
        assertThat(plan.timingCheck()).isFalse();
        assertThat(plan.targetAnswerLength()).isEmpty();
        assertThat(plan.withinTarget(Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void behavioralQuestionsTargetTheirAnswerPhase() {
        GradingPlan plan = GradingPlan.forQuestion(behavioral(List.of(new PhaseSpec("prepare", "Prepare", 3),
                new PhaseSpec("answer", "STAR answer", 6), new PhaseSpec("follow-ups", "Follow-ups", 6))), dimensions("a"));

        assertThat(plan.starCheck()).isTrue();
        assertThat(plan.timingCheck()).isTrue();
        assertThat(plan.targetAnswerLength()).contains(Duration.ofMinutes(6));
    }

    @Test
    void behavioralQuestionsWithoutAnAnswerPhaseTargetThreeMinutes() {
        assertThat(GradingPlan.forQuestion(behavioral(List.of()), dimensions("a")).targetAnswerLength())
                .contains(Duration.ofMinutes(3));
        assertThat(GradingPlan.forQuestion(behavioral(List.of(new PhaseSpec("story", "Story", 9))), dimensions("a"))
                .targetAnswerLength()).contains(Duration.ofMinutes(3));
    }

    @Test
    void aStoryIsGradedFirstOnWhatEveryStoryIsJudgedOnThenOnItsOwnDimensions() {
        GradingPlan plan = GradingPlan.forQuestion(behavioral(List.of()), dimensions("cost-vs-scalability",
                "autonomy-vs-alignment", "reflection", "scope", "ownership", "measurable-result", "conflict-handling"));

        assertThat(plan.checklist()).extracting(ChecklistRow::id).containsExactly("ownership", "scope",
                "conflict-handling", "measurable-result", "reflection", "autonomy-vs-alignment", "cost-vs-scalability");
        assertThat(plan.stressedRows()).hasSize(6);
        assertThat(plan.missingTradeOffs()).isEmpty();
        assertThat(GradingPlan.forQuestion(behavioral(List.of()), dimensions("autonomy-vs-alignment")).checklist())
                .as("story dimensions the user hid are not missing").hasSize(1);
        assertThat(GradingPlan.forQuestion(systemDesign(List.of("b"), List.of()), dimensions("b", "ownership"))
                .stressedRows()).extracting(ChecklistRow::id).containsExactly("b");
    }

    @Test
    void anAnswerExactlyAtTheTargetIsWithinIt() {
        GradingPlan plan = GradingPlan.forQuestion(behavioral(List.of()), dimensions("a"));

        assertThat(plan.withinTarget(Duration.ofMinutes(3))).contains(true);
        assertThat(plan.withinTarget(Duration.ofMinutes(3).plusSeconds(1))).contains(false);
        assertThat(plan.withinTarget(Duration.ofMinutes(2))).contains(true);
        assertThat(plan.withinTarget(Duration.ofSeconds(119))).as("too short to be a story").contains(false);
        assertThat(plan.withinTarget(Duration.ZERO)).as("a skipped answer never passes").contains(false);
    }

    @Test
    void aBlankScorecardHasOneUnscoredEntryPerRowAndCriterion() {
        GradingPlan plan = GradingPlan.forQuestion(systemDesign(List.of("b"), List.of(criterion("x", 2))), dimensions("a", "b"));

        Scorecard card = plan.blankScorecard(2, 90, Fixtures.NOON);

        assertThat(card.checklist()).extracting(ChecklistScore::dimensionId).containsExactly("b", "a");
        assertThat(card.checklist()).extracting(ChecklistScore::stressed).containsExactly(true, false);
        assertThat(card.checklist()).allSatisfy(r -> assertThat(r.level()).isEmpty());
        assertThat(card.rubric()).containsExactly(new RubricScore(2, Optional.empty()));
        assertThat(card.hintsUsed()).isEqualTo(2);
        assertThat(card.hintsAvailable()).isEqualTo(3);
        assertThat(card.overtimeSeconds()).isEqualTo(90);
        assertThat(card.hasAnyScore()).isFalse();
    }

    @Test
    void reGradingStartsFromThePreviousGradeAndDropsRowsNoLongerShown() {
        GradingPlan before = GradingPlan.forQuestion(systemDesign(List.of("b"), List.of(criterion("x", 2))),
                dimensions("a", "b", "gone"));
        Scorecard first = before.blankScorecard(2, 90, Fixtures.NOON)
                .withChecklistLevel("b", Optional.of(ChecklistLevel.REASONED)).withChecklistNote("b", "named it")
                .withChecklistLevel("gone", Optional.of(ChecklistLevel.MENTIONED))
                .withRubricLevel(0, Optional.of(RubricLevel.SOLID)).withNotes("reflection");
        GradingPlan now = GradingPlan.forQuestion(systemDesign(List.of("b"), List.of(criterion("x", 2))),
                dimensions("a", "b", "new"));

        Scorecard again = now.regrade(first, Fixtures.NOON.plusSeconds(60));

        assertThat(again.checklist()).extracting(ChecklistScore::dimensionId).containsExactly("b", "a", "new");
        assertThat(again.checklistScore("b").orElseThrow().level()).contains(ChecklistLevel.REASONED);
        assertThat(again.checklistScore("b").orElseThrow().note()).contains("named it");
        assertThat(again.checklistScore("new").orElseThrow().scored()).isFalse();
        assertThat(again.rubric().get(0).level()).contains(RubricLevel.SOLID);
        assertThat(again.notes()).isEqualTo("reflection");
        assertThat(again.hintsUsed()).isEqualTo(2);
        assertThat(again.overtimeSeconds()).isEqualTo(90);
        assertThat(again.gradedAt()).isEqualTo(Fixtures.NOON.plusSeconds(60));
    }

    @Test
    void reGradingABehavioralAnswerKeepsItsStarTicksAndTiming() {
        GradingPlan plan = GradingPlan.forQuestion(behavioral(List.of()), dimensions("a"));
        Scorecard first = plan.blankScorecard(0, 0, Fixtures.NOON).withStar(StarElement.RESULT, true)
                .withWithinTarget(Optional.of(true));

        Scorecard again = plan.regrade(first, Fixtures.NOON);

        assertThat(again).isEqualTo(first);
    }
}
