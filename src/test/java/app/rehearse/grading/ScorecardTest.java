package app.rehearse.grading;

import static app.rehearse.grading.Fixtures.NOON;
import static app.rehearse.grading.Fixtures.behavioral;
import static app.rehearse.grading.Fixtures.criterion;
import static app.rehearse.grading.Fixtures.dimensions;
import static app.rehearse.grading.Fixtures.systemDesign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private final Scorecard blank = Fixtures.blank(systemDesign(List.of("b"), List.of(criterion("x", 2), criterion("y", 1))),
            dimensions("a", "b"));

    @Test
    void scoringARowChangesOnlyThatRow() {
        Scorecard card = blank.withChecklistLevel("a", Optional.of(ChecklistLevel.REASONED));

        assertThat(card.checklistScore("a").orElseThrow().level()).contains(ChecklistLevel.REASONED);
        assertThat(card.checklistScore("b").orElseThrow().level()).isEmpty();
        assertThat(blank.checklistScore("a").orElseThrow().level()).isEmpty();
        assertThat(card.hasAnyScore()).isTrue();
    }

    @Test
    void aRowCanBeUnscoredAgain() {
        Scorecard card = blank.withChecklistLevel("a", Optional.of(ChecklistLevel.MENTIONED))
                .withChecklistLevel("a", Optional.empty());

        assertThat(card.hasAnyScore()).isFalse();
    }

    @Test
    void rowNotesAreOneLineAndBlankMeansNone() {
        Scorecard card = blank.withChecklistNote("a", "  named it\r\nbut no trigger  ").withChecklistNote("b", "   ");

        assertThat(card.checklistScore("a").orElseThrow().note()).contains("named it but no trigger");
        assertThat(card.checklistScore("b").orElseThrow().note()).isEmpty();
    }

    @Test
    void scoringAnUnknownRowOrCriterionIsRefused() {
        assertThatThrownBy(() -> blank.withChecklistLevel("nope", Optional.of(ChecklistLevel.MENTIONED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> blank.withRubricLevel(2, Optional.of(RubricLevel.STRONG)))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rubricCriteriaAreScoredByIndexAndKeepTheirWeight() {
        Scorecard card = blank.withRubricLevel(1, Optional.of(RubricLevel.SOLID));

        assertThat(card.rubric()).containsExactly(RubricScore.unscored(2), new RubricScore(1, Optional.of(RubricLevel.SOLID)));
    }

    @Test
    void starAndTimingChecksBelongToBehavioralQuestionsOnly() {
        assertThatThrownBy(() -> blank.withStar(StarElement.RESULT, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blank.withWithinTarget(Optional.of(true))).isInstanceOf(IllegalArgumentException.class);

        Scorecard story = Fixtures.blank(behavioral(List.of()), dimensions("autonomy-vs-alignment"))
                .withStar(StarElement.RESULT, true).withStar(StarElement.SITUATION, true).withStar(StarElement.RESULT, false)
                .withWithinTarget(Optional.of(true));
        assertThat(story.star()).containsExactly(StarElement.SITUATION);
        assertThat(story.withinTarget()).contains(true);
        assertThat(story.behavioral()).isTrue();
    }

    @Test
    void starElementsAreKeptInStoryOrder() {
        Scorecard story = Fixtures.blank(behavioral(List.of()), dimensions("a"))
                .withStar(StarElement.LEARNING, true).withStar(StarElement.SITUATION, true).withStar(StarElement.ACTION, true);

        assertThat(story.star()).containsExactly(StarElement.SITUATION, StarElement.ACTION, StarElement.LEARNING);
    }

    @Test
    void freeNotesAndTheGradingTimeCanChange() {
        Scorecard card = blank.withNotes("Spent too long on the API.\nNext time: estimate first.")
                .withGradedAt(NOON.plusSeconds(60));

        assertThat(card.notes()).contains("\n");
        assertThat(card.gradedAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(card.hasAnyScore()).isFalse();
    }

    @Test
    void aDimensionScoredTwiceOrNegativeCountsAreRefused() {
        ChecklistScore row = ChecklistScore.unscored("a", false);
        assertThatThrownBy(() -> new Scorecard(QuestionType.TRADE_OFF, List.of(row, row), List.of(), Set.of(),
                Optional.empty(), "", 0, 0, 0, NOON)).hasMessageContaining("scored twice");
        assertThatThrownBy(() -> new Scorecard(QuestionType.TRADE_OFF, List.of(), List.of(), Set.of(), Optional.empty(),
                "", -1, 0, 0, NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RubricScore(0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCardIsImmutable() {
        assertThatThrownBy(() -> blank.checklist().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> blank.rubric().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> blank.star().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void saysHowManyCriteriaAndStressedRowsAreStillUnscored() {
        Scorecard card = new Scorecard(QuestionType.SYSTEM_DESIGN,
                List.of(new ChecklistScore("a", true, Optional.empty(), Optional.empty()),
                        new ChecklistScore("b", false, Optional.empty(), Optional.empty())),
                List.of(new RubricScore(1, Optional.empty()), new RubricScore(2, Optional.of(RubricLevel.SOLID)),
                        new RubricScore(1, Optional.empty())), Set.of(), Optional.empty(), "", 0, 0, 0, Instant.EPOCH);

        assertThat(card.unscoredSummary()).isEqualTo("2 rubric criteria and 1 stressed trade-off not scored yet: each"
                + " counts as 0 in the score.");
        assertThat(card.withRubricLevel(0, Optional.of(RubricLevel.WEAK)).withRubricLevel(2, Optional.of(RubricLevel.WEAK))
                .withChecklistLevel("a", Optional.of(ChecklistLevel.MENTIONED)).unscoredSummary()).isEmpty();
    }
}
