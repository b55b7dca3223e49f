package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Level;
import app.rehearse.bank.Question;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.SessionSummary;
import app.rehearse.history.Streak;
import app.rehearse.practice.SessionState;
import app.rehearse.practice.StudyGoal;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TodayPlanTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Map<String, String> DIMENSIONS = Map.of("consistency-vs-availability", "Consistency vs availability",
            "cost-vs-scalability", "Cost vs scalability");
    private static final Streak NO_STREAK = new Streak(0, 0, false, Optional.empty());

    private final Question cache = TestQuestions.systemDesign("cache");
    private final Question queue = TestQuestions.systemDesign("queue");
    private final Question mentoring = TestQuestions.behavioral("mentored", "mentoring", "people");

    private final Scheduler scheduler = Scheduler.of(new MutableClock(NOW));

    private static SessionSummary session(Question q, Instant at, OptionalInt score, Map<String, Integer> points) {
        return new SessionSummary(q.id() + at.toEpochMilli(), Path.of("s"), q.id(), q.title(), q.type(), Level.SENIOR,
                q.tags(), q.competency(), q.tradeOffs(), at, Optional.of(at.plusSeconds(1800)), SessionState.FINISHED,
                1_800_000, 2_700_000, 0, 0, 3, 1, score, score.isPresent() ? Optional.of(at.plusSeconds(2000))
                : Optional.empty(), points, "", Optional.empty(), 10, Optional.empty(), Optional.empty());
    }

    private TodayPlan plan(List<SessionSummary> sessions, StudyGoal goal) {
        Scheduler withDate = scheduler.withDeadline(goal.interview().map(Deadline::on).orElse(Deadline.NONE));
        return TodayPlan.of(sessions, List.of(cache, queue, mentoring), DIMENSIONS, goal, withDate, NO_STREAK);
    }

    @Test
    void aQuestionThatWentBadlyComesBackTheNextDayAndSaysWhy() {
        // AGAIN on first sight: stability w0 = 0.40 days, so the interval rounds up to the 1-day minimum.
        SessionSummary failed = session(cache, NOW.minus(Duration.ofDays(2)), OptionalInt.of(48), Map.of());
        SessionSummary aced = session(queue, NOW.minus(Duration.ofHours(3)), OptionalInt.of(92), Map.of());

        TodayPlan plan = plan(List.of(failed, aced), StudyGoal.NONE);

        assertThat(plan.due()).filteredOn(d -> d.kind() == DueItem.Kind.REVIEW).singleElement().satisfies(item -> {
            assertThat(item.questionId()).hasValue("cache");
            assertThat(item.reason()).isEqualTo("last 48/100 on 2 Dec, due since 3 Dec (1 day)");
        });
    }

    @Test
    void anAreaTwoGradedSessionsFoundWeakIsDueWithItsAverageAndAQuestionThatExercisesIt() {
        Map<String, Integer> onePoint = Map.of("consistency-vs-availability", 1);
        List<SessionSummary> sessions = List.of(
                session(cache, NOW.minus(Duration.ofDays(9)), OptionalInt.of(90), onePoint),
                session(cache, NOW.minus(Duration.ofDays(8)), OptionalInt.of(90), onePoint));

        TodayPlan plan = plan(sessions, StudyGoal.NONE);

        assertThat(plan.due()).as("the question's tag would only repeat the question").noneMatch(d -> d.label().equals("#storage"));
        assertThat(plan.due()).filteredOn(d -> d.kind() == DueItem.Kind.WEAK_AREA).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo("Consistency vs availability");
            assertThat(item.reason()).startsWith("average 33/100 over 2 graded sessions, due since ");
            assertThat(item.questionId()).as("the question not practised yet").hasValue("queue");
        });
    }

    @Test
    void anAreaIsJudgedOnItsRecentSessionsAsProgressJudgesIt() {
        List<SessionSummary> sessions = new ArrayList<>();
        // Ten poor sessions, then ten good ones, all a year ago, so the area is due for review if it is weak at all:
        // it has recovered, though its all-time mean is 50.
        for (int i = 0; i < 20; i++) {
            int points = i < 10 ? 0 : 3;
            sessions.add(session(i % 2 == 0 ? cache : queue, NOW.minus(Duration.ofDays(400 - i)), OptionalInt.of(80),
                    Map.of("cost-vs-scalability", points)));
        }

        TodayPlan plan = plan(sessions, StudyGoal.NONE);

        assertThat(plan.due()).noneMatch(d -> d.label().equals("Cost vs scalability"));
        assertThat(ProgressStats.of(sessions, ZoneOffset.UTC).weakAreas(10))
                .filteredOn(a -> a.key().equals("cost-vs-scalability")).singleElement()
                .satisfies(a -> assertThat(a.average()).isEqualTo(100.0));
    }

    @Test
    void aTagIsWeakAcrossQuestions() {
        List<SessionSummary> sessions = List.of(session(cache, NOW.minus(Duration.ofDays(9)), OptionalInt.of(40), Map.of()),
                session(queue, NOW.minus(Duration.ofDays(8)), OptionalInt.of(44), Map.of()));

        TodayPlan plan = plan(sessions, StudyGoal.NONE);

        assertThat(plan.due()).filteredOn(d -> d.kind() == DueItem.Kind.WEAK_AREA).extracting(DueItem::label)
                .containsExactly("#storage");
    }

    @Test
    void oneGradedSessionIsNotEnoughToCallAnAreaWeak() {
        TodayPlan plan = plan(List.of(session(cache, NOW.minus(Duration.ofDays(9)), OptionalInt.of(90),
                Map.of("consistency-vs-availability", 0))), StudyGoal.NONE);

        assertThat(plan.due()).noneMatch(d -> d.kind() == DueItem.Kind.WEAK_AREA);
    }

    @Test
    void areasNoGradedSessionHasTouchedFillTheDayWithAQuestionForEach() {
        TodayPlan plan = plan(List.of(), StudyGoal.NONE);

        assertThat(plan.due()).extracting(DueItem::kind).containsOnly(DueItem.Kind.NEW_AREA);
        assertThat(plan.due()).anySatisfy(item -> {
            assertThat(item.label()).isEqualTo("mentoring");
            assertThat(item.reason()).isEqualTo("no graded session yet for this competency");
            assertThat(item.questionId()).hasValue("mentored");
        });
        assertThat(plan.summary()).startsWith("No interview date set").contains("No graded story yet for 1 competency: mentoring.");
    }

    @Test
    void theSummaryCountsTheDaysToTheInterviewAndWhetherThePlanIsOnTrack() {
        StudyGoal goal = new StudyGoal(Optional.of(LocalDate.of(2027, 1, 14)), 4);
        SessionSummary thisWeek = session(cache, NOW.minus(Duration.ofDays(1)), OptionalInt.empty(), Map.of());

        TodayPlan plan = plan(List.of(thisWeek), goal);

        assertThat(plan.summary()).startsWith("41 days to the interview on 14 Jan. On track: ")
                .contains("Each week: 2 system design, 1 behavioral story, 1 trade-off drill.")
                .contains("This week: 1 of 4 sessions.");
        assertThat(plan.week()).isEqualTo(new TodayPlan.Week(1, 4));
        assertThat(plan.last()).contains(thisWeek);
    }

    @Test
    void theLastDaysBeforeTheInterviewOpenNoNewMaterial() {
        StudyGoal inTwoDays = new StudyGoal(Optional.of(LocalDate.of(2026, 12, 6)), 4);
        SessionSummary failed = session(cache, NOW.minus(Duration.ofDays(2)), OptionalInt.of(48), Map.of());

        TodayPlan plan = plan(List.of(failed), inTwoDays);

        assertThat(plan.due()).extracting(DueItem::kind).containsExactly(DueItem.Kind.REVIEW);
        assertThat(plan.summary()).startsWith("2 days to the interview on 6 Dec. The last days are for full mock loops");
        assertThat(plan(List.of(failed), StudyGoal.NONE).due()).extracting(DueItem::kind).contains(DueItem.Kind.NEW_AREA);
    }

    @Test
    void theSamePastGivesTheSamePlan() {
        List<SessionSummary> sessions = List.of(session(cache, NOW.minus(Duration.ofDays(2)), OptionalInt.of(48), Map.of()));

        assertThat(plan(sessions, StudyGoal.NONE)).isEqualTo(plan(List.copyOf(sessions), StudyGoal.NONE));
    }
}
