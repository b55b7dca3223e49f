package app.rehearse.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoreFormulaProperties {

    @Property(tries = 500)
    void everyCardScoresWithinZeroToHundredOrIsNotGraded(@ForAll("cards") Scorecard card) {
        ScoreBreakdown s = ScoreFormula.score(card);

        assertThat(s.graded()).isEqualTo(card.hasAnyScore());
        s.total().ifPresent(t -> assertThat(t).isBetween(0, 100));
        if (s.graded()) {
            double weights = s.parts().stream().mapToDouble(PartScore::effectiveWeight).sum();
            assertThat(weights).isCloseTo(1.0, within(1e-9));
            assertThat(s.equation()).endsWith("= " + s.total().getAsInt());
        }
        assertThat(s.hints().points()).isBetween(0, ScoreFormula.HINT_PENALTY_CAP);
        assertThat(s.overtime().points()).isBetween(0, ScoreFormula.OVERTIME_PENALTY_CAP);
    }

    @Property(tries = 300)
    void everyCardSurvivesTheJsonRoundTrip(@ForAll("cards") Scorecard card) throws Exception {
        GradeHistory history = GradeHistory.empty().append(card);

        assertThat(GradesJson.read(GradeHistoryJson.toJson(history))).isEqualTo(history);
    }

    @Provide
    Arbitrary<Scorecard> cards() {
        Arbitrary<QuestionType> types = Arbitraries.of(QuestionType.class);
        Arbitrary<List<ChecklistScore>> rows = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, 3), Arbitraries.strings().ofMaxLength(20).injectNull(0.5))
                .as((stressed, points, note) -> new ChecklistScore("x", stressed, ChecklistLevel.ofPoints(points),
                        Optional.ofNullable(note)))
                .list().ofMaxSize(15).map(ScoreFormulaProperties::uniqueIds);
        Arbitrary<List<RubricScore>> rubric = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(-1, 3)).as((w, p) -> new RubricScore(w, RubricLevel.ofPoints(p)))
                .list().ofMaxSize(8);
        Arbitrary<Set<StarElement>> star = Arbitraries.of(StarElement.class).set();
        Arbitrary<Optional<Boolean>> timing = Arbitraries.of(Optional.empty(), Optional.of(true), Optional.of(false));
        Arbitrary<Integer> hints = Arbitraries.integers().between(0, 12);
        Arbitrary<Long> overtime = Arbitraries.longs().between(0, 7_200);
        return Combinators.combine(types, rows, rubric, star, timing, hints, overtime)
                .as((type, r, c, s, t, h, o) -> {
                    boolean behavioral = type == QuestionType.BEHAVIORAL;
                    return new Scorecard(type, r, c, behavioral ? s : EnumSet.noneOf(StarElement.class),
                            behavioral ? t : Optional.empty(), "notes", h, 4, o, Instant.parse("2025-02-01T10:15:30Z"));
                });
    }

    private static List<ChecklistScore> uniqueIds(List<ChecklistScore> rows) {
        List<ChecklistScore> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChecklistScore r = rows.get(i);
            out.add(new ChecklistScore("dimension-" + i, r.stressed(), r.level(), r.note()));
        }
        return out;
    }
}
