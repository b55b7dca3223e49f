package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    @Test
    void todayIsTheClocksDateInTheClocksZone() {
        // 02:00 UTC on 2 June is still 1 June in New York
        Clock clock = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ZONE);
        Scheduler scheduler = Scheduler.of(clock);
        assertThat(scheduler.today()).isEqualTo(JUNE_1);
        assertThat(scheduler.zone()).isEqualTo(ZONE);
        assertThat(scheduler.phase()).isEqualTo(Phase.NO_DATE);
        assertThat(scheduler.daysLeft()).isEmpty();
    }

    @Test
    void withoutAnInterviewTheScheduleIsTheReplay() {
        List<Review> reviews = List.of(review(JUNE_1, Rating.GOOD), review(JUNE_1.plusDays(3), Rating.GOOD));
        Scheduler scheduler = Scheduler.of(clockOn(JUNE_1.plusDays(5)));
        ItemSchedule item = scheduler.schedule(reviews).orElseThrow();
        assertThat(item).isEqualTo(ItemSchedule.replay(Fsrs.defaults(), reviews, ZONE).orElseThrow());
        assertThat(item.broughtForward()).isFalse();
        assertThat(scheduler.schedule(List.of())).isEmpty();
    }

    @Test
    void anInterviewAheadBringsALongIntervalBeforeIt() {
        // first(EASY): S = 15.69105 -> due 17 June; an interview on 10 June brings it to 1 June + ⌈9/2⌉ = 6 June
        List<Review> reviews = List.of(review(JUNE_1, Rating.EASY));
        Scheduler scheduler = new Scheduler(Fsrs.defaults(), clockOn(JUNE_1.plusDays(2)),
                Deadline.on(JUNE_1.plusDays(9)));
        ItemSchedule item = scheduler.schedule(reviews).orElseThrow();
        assertThat(item.naturalDue()).isEqualTo(JUNE_1.plusDays(16));
        assertThat(item.due()).isEqualTo(JUNE_1.plusDays(5));
        assertThat(item.broughtForward()).isTrue();
        assertThat(scheduler.daysLeft()).hasValue(7);
        assertThat(scheduler.phase()).isEqualTo(Phase.PREPARING);
    }

    @Test
    void aStrongItemComesRoundThreeTimesInAThirtyDayRunUpAndNotInTheFinalStretch() {
        // EASY on day 0 and day 16 leave S ≈ 150 days; the interview is 30 days after day 16. Practising each day
        // whatever is due, rated GOOD: halfway to the interview each time until the last review is within 3 days.
        LocalDate start = JUNE_1;
        LocalDate seeded = start.plusDays(16);
        LocalDate interview = seeded.plusDays(30);
        List<Review> reviews = new ArrayList<>(List.of(review(start, Rating.EASY), review(seeded, Rating.EASY)));
        List<LocalDate> practised = new ArrayList<>();
        for (LocalDate day = seeded.plusDays(1); day.isBefore(interview); day = day.plusDays(1)) {
            Scheduler scheduler = new Scheduler(Fsrs.defaults(), clockOn(day), Deadline.on(interview));
            if (scheduler.schedule(reviews).orElseThrow().isDueOn(day)) {
                reviews.add(review(day, Rating.GOOD));
                practised.add(day);
            }
        }
        assertThat(practised).containsExactly(interview.minusDays(15), interview.minusDays(7), interview.minusDays(3));
    }

    @Test
    void retrievabilityTodayCountsDaysSinceTheLastReview() {
        Scheduler scheduler = Scheduler.of(clockOn(JUNE_1.plusDays(3)));
        ItemSchedule item = scheduler.schedule(List.of(review(JUNE_1, Rating.GOOD))).orElseThrow();
        // R(3, 3.173) = 0.9046982
        assertThat(scheduler.retrievabilityToday(item)).isCloseTo(0.9046982, within(1e-6));
    }

    @Test
    void theSameReviewsClockAndDateAlwaysGiveTheSameSchedule() {
        List<Review> reviews = List.of(review(JUNE_1, Rating.HARD), review(JUNE_1.plusDays(2), Rating.AGAIN),
                review(JUNE_1.plusDays(3), Rating.GOOD));
        Scheduler one = new Scheduler(Fsrs.defaults(), clockOn(JUNE_1.plusDays(4)), Deadline.on(JUNE_1.plusDays(20)));
        Scheduler two = new Scheduler(Fsrs.defaults(), clockOn(JUNE_1.plusDays(4)), Deadline.on(JUNE_1.plusDays(20)));
        assertThat(one.schedule(reviews)).isEqualTo(two.schedule(reviews)).isEqualTo(one.schedule(reviews));
    }

    @Test
    void aPassedInterviewLeavesThePlainSchedule() {
        List<Review> reviews = List.of(review(JUNE_1, Rating.EASY));
        Scheduler scheduler = new Scheduler(Fsrs.defaults(), clockOn(JUNE_1.plusDays(10)),
                Deadline.on(JUNE_1.plusDays(9)));
        assertThat(scheduler.schedule(reviews).orElseThrow().due()).isEqualTo(JUNE_1.plusDays(16));
        assertThat(scheduler.phase()).isEqualTo(Phase.PASSED);
        assertThat(scheduler.daysLeft()).hasValue(-1);
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(20, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static Review review(LocalDate day, Rating rating) {
        return new Review(day.atTime(19, 0).atZone(ZONE).toInstant(), rating);
    }
}
