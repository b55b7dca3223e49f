package app.rehearse.grading;

import static app.rehearse.grading.Fixtures.NOON;
import static app.rehearse.grading.Fixtures.criterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.RubricCriterion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreFormulaTest {

    private static Scorecard card(QuestionType type, List<ChecklistScore> rows, List<RubricScore> rubric) {
        return new Scorecard(type, rows, rubric, Set.of(), Optional.empty(), "", 0, 3, 0, NOON);
    }

    private static ChecklistScore row(String id, boolean stressed, ChecklistLevel level) {
        return new ChecklistScore(id, stressed, Optional.ofNullable(level), Optional.empty());
    }

    private static RubricScore rubric(int weight, RubricLevel level) {
        return new RubricScore(weight, Optional.ofNullable(level));
    }

    private static Scorecard penalised(Scorecard c, int hints, long overtime) {
        return new Scorecard(c.questionType(), c.checklist(), c.rubric(), c.star(), c.withinTarget(), c.notes(), hints,
                c.hintsAvailable(), overtime, c.gradedAt());
    }

    @Test
    void aCardWithNothingScoredIsNotGradedWhateverItsPenalties() {
        Scorecard c = penalised(card(QuestionType.SYSTEM_DESIGN, List.of(row("a", true, null)), List.of(rubric(1, null))), 2, 300);

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.graded()).isFalse();
        assertThat(s.total()).isEmpty();
        assertThat(s.base()).isEmpty();
        assertThat(s.totalText()).isEqualTo("not graded");
        assertThat(s.hints().points()).isEqualTo(6);
        assertThat(s.explain()).startsWith("Not graded yet");
    }

    @Test
    void aCardWithNoRowsAndNoRubricIsNotGraded() {
        assertThat(ScoreFormula.score(card(QuestionType.TRADE_OFF, List.of(), List.of())).total()).isEmpty();
    }

    @Test
    void theRubricIsTheWeightedMeanOfScoredCriteriaOutOfThree() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(2, RubricLevel.STRONG), rubric(1, RubricLevel.MISSING)));

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.part(ScoreComponent.RUBRIC).orElseThrow().fraction().getAsDouble()).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(s.total()).hasValue(67);
    }

    @Test
    void unscoredCriteriaAndStressedRowsCountAsZeroAndOtherRowsOnlyWhenScored() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", true, ChecklistLevel.REASONED_WITH_TRIGGER),
                row("b", false, null)), List.of(rubric(1, RubricLevel.STRONG), rubric(5, null), rubric(1, null)));

        ScoreBreakdown s = ScoreFormula.score(c);

        // Rubric 3 / 21, checklist 6 / 6: 100 × (0.6 × 1/7 + 0.4 × 1) = 48.6.
        assertThat(s.total()).hasValue(49);
        assertThat(s.part(ScoreComponent.RUBRIC).orElseThrow().detail()).contains("1 of 3 criteria scored, 2 unscored"
                + " counted as 0");
        assertThat(s.part(ScoreComponent.CHECKLIST).orElseThrow().detail()).contains("1 rows scored");

        Scorecard stressedLeftOut = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", true, null),
                row("b", false, ChecklistLevel.REASONED_WITH_TRIGGER)), List.of(rubric(1, RubricLevel.STRONG)));
        // Checklist 3 / (2 × 3 + 3): the stressed row left out counts, the volunteered one helps only by what it scored.
        assertThat(ScoreFormula.score(stressedLeftOut).total()).hasValue(73);
    }

    @Test
    void scoringOneCriterionOfAShippedQuestionNeverGivesMoreThanThatCriterionsShare() {
        QuestionBank bank = new BankLoader().load(BankSources.shipped());
        for (Question q : bank.questions()) {
            GradingPlan plan = GradingPlan.forQuestion(q, bank.dimensions());
            int allWeights = q.rubric().stream().mapToInt(RubricCriterion::weight).sum();
            for (int i = 0; i < q.rubric().size(); i++) {
                Scorecard one = plan.blankScorecard(0, 0, NOON).withRubricLevel(i, Optional.of(RubricLevel.STRONG));
                ScoreBreakdown s = ScoreFormula.score(one);
                double share = 100 * s.part(ScoreComponent.RUBRIC).orElseThrow().effectiveWeight()
                        * q.rubric().get(i).weight() / allWeights;
                assertThat(s.total().getAsInt()).as(q.id() + " criterion " + i).isLessThanOrEqualTo((int) Math.ceil(share));
            }
        }
    }

    @Test
    void stressedRowsCountDouble() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(row("stressed", true, ChecklistLevel.REASONED_WITH_TRIGGER),
                row("other", false, ChecklistLevel.NOT_ADDRESSED)), List.of());

        PartScore checklist = ScoreFormula.score(c).part(ScoreComponent.CHECKLIST).orElseThrow();

        assertThat(checklist.fraction().getAsDouble()).isCloseTo(6.0 / 9, within(1e-9));
    }

    @Test
    void aNotAddressedRowCountsAsZeroWhileAnUnscoredOneIsLeftOut() {
        Scorecard zero = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", false, ChecklistLevel.NOT_ADDRESSED)),
                List.of(rubric(1, RubricLevel.STRONG)));
        Scorecard unscored = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", false, null)),
                List.of(rubric(1, RubricLevel.STRONG)));

        assertThat(ScoreFormula.score(zero).total()).hasValue(60);
        assertThat(ScoreFormula.score(unscored).total()).hasValue(100);
    }

    @Test
    void systemDesignWeighsRubricSixtyAndChecklistForty() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", false, ChecklistLevel.MENTIONED),
                row("b", false, ChecklistLevel.REASONED)), List.of(rubric(1, RubricLevel.STRONG)));

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.total()).hasValue(80);
        assertThat(s.equation()).isEqualTo("Rubric 100% × 0.60 + Checklist 50% × 0.40 = 80");
    }

    @Test
    void tradeOffDrillsWeighRubricAndChecklistEqually() {
        Scorecard c = card(QuestionType.TRADE_OFF, List.of(row("a", false, ChecklistLevel.MENTIONED),
                row("b", false, ChecklistLevel.REASONED)), List.of(rubric(1, RubricLevel.STRONG)));

        assertThat(ScoreFormula.score(c).total()).hasValue(75);
    }

    @Test
    void aQuestionWithoutARubricIsScoredOnItsChecklistAlone() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(row("a", true, ChecklistLevel.REASONED)), List.of());

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.total()).hasValue(67);
        PartScore rubric = s.part(ScoreComponent.RUBRIC).orElseThrow();
        assertThat(rubric.counted()).isFalse();
        assertThat(rubric.effectiveWeight()).isZero();
        assertThat(rubric.detail()).isEqualTo("this question has no rubric");
        assertThat(s.part(ScoreComponent.CHECKLIST).orElseThrow().effectiveWeight()).isEqualTo(1.0);
        assertThat(s.explain()).contains("Rubric left out: this question has no rubric.")
                .contains("shared among the others");
    }

    @Test
    void aCustomDimensionCountsLikeAnyOther() {
        Scorecard c = card(QuestionType.TRADE_OFF, List.of(row("my-privacy-vs-personalisation", false,
                ChecklistLevel.REASONED_WITH_TRIGGER)), List.of());

        assertThat(ScoreFormula.score(c).total()).hasValue(100);
    }

    @Test
    void eachHintCostsThreePointsUpToFifteen() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(1, RubricLevel.STRONG)));

        assertThat(ScoreFormula.score(penalised(c, 2, 0)).total()).hasValue(94);
        assertThat(ScoreFormula.score(penalised(c, 5, 0)).total()).hasValue(85);
        ScoreBreakdown capped = ScoreFormula.score(penalised(c, 6, 0));
        assertThat(capped.total()).hasValue(85);
        assertThat(capped.hints().capped()).isTrue();
        assertThat(capped.hints().detail()).contains("6 of 3 used × 3, capped at 15");
    }

    @Test
    void theRescueHintCostsTenMoreOutsideTheHintCap() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(1, RubricLevel.STRONG)));

        ScoreBreakdown rescued = ScoreFormula.score(penalised(c, 6, 0).withRescueUsed(true));

        assertThat(rescued.total()).hasValue(75);
        assertThat(rescued.hints().points()).isEqualTo(25);
        assertThat(rescued.hints().detail()).endsWith(", plus 10 for the rescue hint");
        assertThat(ScoreFormula.score(c.withRescueUsed(true)).total()).hasValue(90);
    }

    @Test
    void eachFullMinuteOfOvertimeCostsOnePointUpToTen() {
        Scorecard c = card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(1, RubricLevel.STRONG)));

        assertThat(ScoreFormula.score(penalised(c, 0, 59)).total()).hasValue(100);
        assertThat(ScoreFormula.score(penalised(c, 0, 59)).overtime().detail()).contains("less than a full minute");
        assertThat(ScoreFormula.score(penalised(c, 0, 150)).total()).hasValue(98);
        assertThat(ScoreFormula.score(penalised(c, 0, 600)).total()).hasValue(90);
        ScoreBreakdown capped = ScoreFormula.score(penalised(c, 0, 3_600));
        assertThat(capped.total()).hasValue(90);
        assertThat(capped.overtime().capped()).isTrue();
    }

    @Test
    void penaltiesAreVisibleInTheEquation() {
        Scorecard c = penalised(card(QuestionType.SYSTEM_DESIGN, List.of(row("a", false, ChecklistLevel.MENTIONED),
                row("b", false, ChecklistLevel.REASONED)), List.of(rubric(1, RubricLevel.STRONG))), 2, 130);

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.equation()).isEqualTo("Rubric 100% × 0.60 + Checklist 50% × 0.40 = 80 − hints 6 − overtime 2 = 72");
        assertThat(s.explain()).contains("Hints: 2 of 3 used × 3 = −6.").contains("Overtime: 2 full minutes over × 1 = −2.");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        Scorecard c = penalised(card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(1, RubricLevel.WEAK),
                rubric(1, RubricLevel.MISSING), rubric(1, RubricLevel.MISSING))), 9, 3_600);

        ScoreBreakdown s = ScoreFormula.score(c);

        assertThat(s.total()).hasValue(0);
        assertThat(s.explain()).contains("does not go below 0");
    }

    @Test
    void behavioralCardsCountUntickedStarElementsOnceAnythingIsScored() {
        Scorecard c = new Scorecard(QuestionType.BEHAVIORAL, List.of(), List.of(rubric(1, RubricLevel.STRONG)), Set.of(),
                Optional.empty(), "", 0, 0, 0, NOON);

        ScoreBreakdown s = ScoreFormula.score(c);

        // rubric 0.60 and STAR 0.15 are counted; checklist and timing are left out: 0.60 / 0.75 = 0.80
        assertThat(s.total()).hasValue(80);
        assertThat(s.part(ScoreComponent.STAR).orElseThrow().detail()).isEqualTo("0 of 5 story elements ticked");
        assertThat(s.part(ScoreComponent.TIMING).orElseThrow().counted()).isFalse();
    }

    @Test
    void aBehavioralCardWithOnlyStarTicksGetsNothingForItsUnscoredRubric() {
        Scorecard c = new Scorecard(QuestionType.BEHAVIORAL, List.of(), List.of(rubric(1, null)),
                Set.of(StarElement.SITUATION, StarElement.TASK, StarElement.ACTION, StarElement.RESULT), Optional.empty(),
                "", 0, 0, 0, NOON);

        // Rubric 0 × 0.60 and STAR 0.8 × 0.15, scaled by 0.75 (no checklist rows, timing not answered): 16.
        assertThat(ScoreFormula.score(c).total()).hasValue(16);
    }

    @Test
    void behavioralCardsCombineAllFourParts() {
        Scorecard c = new Scorecard(QuestionType.BEHAVIORAL, List.of(row("a", false, ChecklistLevel.MENTIONED)),
                List.of(rubric(1, RubricLevel.SOLID)), Set.of(StarElement.values()), Optional.of(false), "", 0, 0, 0, NOON);

        ScoreBreakdown s = ScoreFormula.score(c);

        // 0.60 × 2/3 + 0.15 × 1/3 + 0.15 × 1 + 0.10 × 0 = 0.60
        assertThat(s.total()).hasValue(60);
        assertThat(s.equation()).isEqualTo(
                "Rubric 67% × 0.60 + Checklist 33% × 0.15 + STAR 100% × 0.15 + Timing 0% × 0.10 = 60");
    }

    @Test
    void aStoryWithinItsTargetLengthScoresFullTiming() {
        Scorecard c = new Scorecard(QuestionType.BEHAVIORAL, List.of(), List.of(rubric(1, RubricLevel.STRONG)),
                Set.of(StarElement.values()), Optional.of(true), "", 0, 0, 0, NOON);

        assertThat(ScoreFormula.score(c).total()).hasValue(100);
    }

    @Test
    void nonBehavioralBreakdownsHaveNoStarOrTimingParts() {
        ScoreBreakdown s = ScoreFormula.score(card(QuestionType.SYSTEM_DESIGN, List.of(), List.of(rubric(1, RubricLevel.STRONG))));

        assertThat(s.parts()).extracting(PartScore::component).containsExactly(ScoreComponent.RUBRIC, ScoreComponent.CHECKLIST);
    }

    @Test
    void weightsOfEveryQuestionTypeAddUpToOne() {
        for (QuestionType type : QuestionType.values()) {
            Map<ScoreComponent, Double> w = ScoreFormula.weights(type);
            assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).as(type.id()).isCloseTo(1.0, within(1e-9));
            assertThat(w.keySet()).first().isEqualTo(ScoreComponent.RUBRIC);
        }
    }

    @Test
    void theFormulaCanBeDescribedBeforeAnythingIsScored() {
        assertThat(ScoreFormula.describe(QuestionType.BEHAVIORAL))
                .contains("Rubric × 0.60 + Checklist × 0.15 + STAR × 0.15 + Timing × 0.10")
                .contains("3 per hint used (at most 15)", "1 per full minute of overtime (at most 10)",
                        "counts as 0: leaving something out never raises the score");
        assertThat(ScoreFormula.describe(QuestionType.SYSTEM_DESIGN)).doesNotContain("STAR");
    }

    @Test
    void checklistLevelsHaveTheirPointsAndLabels() {
        assertThat(ChecklistLevel.values()).extracting(ChecklistLevel::points).containsExactly(0, 1, 2, 3);
        assertThat(ChecklistLevel.REASONED_WITH_TRIGGER.label()).isEqualTo("reasoned with context and a revisit trigger");
        assertThat(ChecklistLevel.ofPoints(1)).contains(ChecklistLevel.MENTIONED);
        assertThat(ChecklistLevel.ofPoints(4)).isEmpty();
        assertThat(RubricLevel.ofPoints(3)).contains(RubricLevel.STRONG);
    }
}
