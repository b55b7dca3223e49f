package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressStatsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant day(int n) {
        return MONDAY.plusSeconds(n * 86_400L);
    }

    private static SessionSummary graded(String id, QuestionType type, Instant at, int score, Map<String, Integer> points,
            List<String> tags, Optional<String> competency) {
        return Summaries.of(id, "T " + id, type, tags, competency, at, OptionalInt.of(score), points, true);
    }

    @Test
    void scoresOverTimeComeOldestFirstOverallPerTypeAndPerDimension() {
        List<SessionSummary> sessions = List.of(
                graded("b", QuestionType.BEHAVIORAL, day(2), 70, Map.of("build-vs-buy", 3), List.of(), Optional.empty()),
                graded("a", QuestionType.SYSTEM_DESIGN, day(0), 40, Map.of("build-vs-buy", 1, "cost-vs-scale", 2),
                        List.of(), Optional.empty()),
                Summaries.of("u", "ungraded", QuestionType.TRADE_OFF, List.of(), day(1), OptionalInt.empty()));

        ProgressStats stats = ProgressStats.of(sessions, ZoneOffset.UTC);

        assertThat(stats.overall()).extracting(ScorePoint::sessionId, ScorePoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 40), org.assertj.core.groups.Tuple.tuple("b", 70));
        assertThat(stats.byType()).containsOnlyKeys(QuestionType.SYSTEM_DESIGN, QuestionType.BEHAVIORAL);
        assertThat(stats.byDimension().get("build-vs-buy")).extracting(ScorePoint::value).containsExactly(33, 100);
        assertThat(stats.byDimension().get("cost-vs-scale")).extracting(ScorePoint::value).containsExactly(67);
        assertThat(stats.overall().get(0).day()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theCalendarCountsFinishedSessionsOnTheLocalDayTheyBegan() {
        Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        List<SessionSummary> sessions = List.of(
                Summaries.of("a", "A", QuestionType.TRADE_OFF, List.of(), lateEvening, OptionalInt.empty()),
                Summaries.of("b", "B", QuestionType.TRADE_OFF, List.of(), Optional.empty(), lateEvening.plusSeconds(60),
                        OptionalInt.empty(), Map.of(), false),
                Summaries.of("c", "C", QuestionType.TRADE_OFF, List.of(), Instant.parse("2026-03-02T10:00:00Z"),
                        OptionalInt.empty()));

        assertThat(ProgressStats.of(sessions, ZoneOffset.UTC).calendar()).containsExactly(
                Map.entry(LocalDate.of(2026, 3, 2), 2));
        assertThat(ProgressStats.of(sessions, ZoneId.of("Europe/Berlin")).calendar()).containsExactly(
                Map.entry(LocalDate.of(2026, 3, 2), 1), Map.entry(LocalDate.of(2026, 3, 3), 1));
    }

    @Test
    void theStreakCountsConsecutiveDaysAndStaysAliveUntilTodayEnds() {
        List<SessionSummary> sessions = new ArrayList<>();
        for (int d : new int[] {0, 1, 2, 3, 6, 7, 8}) {
            sessions.add(Summaries.of("s" + d, "S", QuestionType.TRADE_OFF, List.of(), day(d), OptionalInt.empty()));
        }
        sessions.add(Summaries.of("x", "X", QuestionType.TRADE_OFF, List.of(), day(8), OptionalInt.empty()));
        ProgressStats stats = ProgressStats.of(sessions, ZoneOffset.UTC);
        LocalDate first = LocalDate.of(2026, 3, 2);

        assertThat(stats.streak(first.plusDays(8))).isEqualTo(new Streak(3, 4, true, Optional.of(first.plusDays(8))));
        assertThat(stats.streak(first.plusDays(9))).isEqualTo(new Streak(3, 4, false, Optional.of(first.plusDays(8))));
        assertThat(stats.streak(first.plusDays(10)).current()).isZero();
        assertThat(ProgressStats.of(List.of(), ZoneOffset.UTC).streak(first)).isEqualTo(new Streak(0, 0, false,
                Optional.empty()));
    }

    @Test
    void weakAreasAreTheLowestRecentAveragesAcrossDimensionsCompetenciesAndTags() {
        List<SessionSummary> sessions = new ArrayList<>();
        // "caching" was weak long ago, but its last 10 sessions are strong.
        for (int i = 0; i < 5; i++) {
            sessions.add(graded("old" + i, QuestionType.SYSTEM_DESIGN, day(i), 5, Map.of(), List.of("caching"),
                    Optional.empty()));
        }
        for (int i = 0; i < 10; i++) {
            sessions.add(graded("new" + i, QuestionType.SYSTEM_DESIGN, day(10 + i), 90, Map.of("build-vs-buy", 1),
                    List.of("caching"), Optional.empty()));
        }
        sessions.add(graded("story", QuestionType.BEHAVIORAL, day(30), 50, Map.of(), List.of("leadership"),
                Optional.of("conflict")));
        sessions.add(graded("story2", QuestionType.BEHAVIORAL, day(31), 54, Map.of(), List.of("leadership", "conflict"),
                Optional.of("conflict")));
        sessions.add(graded("once", QuestionType.BEHAVIORAL, day(32), 5, Map.of(), List.of("mentoring"),
                Optional.of("mentoring")));

        List<WeakArea> weak = ProgressStats.of(sessions, ZoneOffset.UTC).weakAreas(3);

        // "mentoring" scored 5 once: one session is not a weakness. "conflict" as a tag is the competency, once.
        assertThat(weak).extracting(WeakArea::kind, WeakArea::key, WeakArea::samples).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WeakArea.Kind.DIMENSION, "build-vs-buy", 10),
                org.assertj.core.groups.Tuple.tuple(WeakArea.Kind.COMPETENCY, "conflict", 2),
                org.assertj.core.groups.Tuple.tuple(WeakArea.Kind.TAG, "leadership", 2));
        assertThat(weak.get(0).average()).isEqualTo(33.0);
        assertThat(ProgressStats.of(sessions, ZoneOffset.UTC).weakAreas(10)).filteredOn(a -> a.key().equals("caching"))
                .singleElement().satisfies(a -> assertThat(a.average()).isEqualTo(90.0));
    }

    @Test
    void aWeakAreaSaysWhichQuestionsPractiseIt() {
        Question stresses = SessionFixture.question("a", QuestionType.TRADE_OFF, "A", List.of("caching"), Optional.empty(),
                List.of("build-vs-buy"));
        Question story = SessionFixture.question("b", QuestionType.BEHAVIORAL, "B", List.of("leadership"),
                Optional.of("conflict"), List.of());
        List<Question> bank = List.of(stresses, story);

        assertThat(new WeakArea(WeakArea.Kind.DIMENSION, "build-vs-buy", 10, 1).candidates(bank)).containsExactly(stresses);
        assertThat(new WeakArea(WeakArea.Kind.COMPETENCY, "conflict", 10, 1).candidates(bank)).containsExactly(story);
        WeakArea tag = new WeakArea(WeakArea.Kind.TAG, "leadership", 10, 1);
        assertThat(tag.candidates(bank)).containsExactly(story);
        assertThat(bank).filteredOn(tag.drawFilter()::matches).containsExactly(story);
        assertThat(new WeakArea(WeakArea.Kind.COMPETENCY, "conflict", 10, 1).drawFilter().types())
                .containsExactly(QuestionType.BEHAVIORAL);
    }
}
