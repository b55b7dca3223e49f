package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private final Fsrs fsrs = Fsrs.defaults();

    @Test
    void anItemNeverPractisedHasNoSchedule() {
        assertThat(ItemSchedule.replay(fsrs, List.of(), BERLIN)).isEmpty();
    }

    @Test
    void oneReviewIsDueAfterItsInitialStability() {
        // first(GOOD): S = w2 = 3.173 -> 3 days
        ItemSchedule item = replay(new Review(at(MAY_1, 10), Rating.GOOD));
        assertThat(item.memory()).isEqualTo(fsrs.first(Rating.GOOD));
        assertThat(item.lastReviewDay()).isEqualTo(MAY_1);
        assertThat(item.intervalDays()).isEqualTo(3);
        assertThat(item.due()).isEqualTo(item.naturalDue()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(item.reviews()).isEqualTo(1);
        assertThat(item.lapses()).isZero();
    }

    @Test
    void aGoodReviewOnTheDueDayGivesTheWorkedState() {
        // FsrsTest: GOOD then GOOD 3 days later -> S = 10.7389258, D = 5.2729679, interval 11 days
        ItemSchedule item = replay(new Review(at(MAY_1, 9), Rating.GOOD),
                new Review(at(MAY_1.plusDays(3), 21), Rating.GOOD));
        assertThat(item.memory().stability()).isCloseTo(10.7389258, within(1e-6));
        assertThat(item.memory().difficulty()).isCloseTo(5.2729679, within(1e-6));
        assertThat(item.intervalDays()).isEqualTo(11);
        assertThat(item.due()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(item.lastReview()).isEqualTo(at(MAY_1.plusDays(3), 21));
    }

    @Test
    void elapsedDaysAreCalendarDaysInTheZone() {
        // 23:30 and 00:30 an hour apart are a day apart; 00:30 and 23:30 on one date are the same day
        ItemSchedule overMidnight = replay(new Review(at(MAY_1, 23, 30), Rating.GOOD),
                new Review(at(MAY_1.plusDays(1), 0, 30), Rating.GOOD));
        assertThat(overMidnight.memory()).isEqualTo(fsrs.next(fsrs.first(Rating.GOOD), Rating.GOOD, 1));
        ItemSchedule sameDate = replay(new Review(at(MAY_1, 0, 30), Rating.GOOD),
                new Review(at(MAY_1, 23, 30), Rating.GOOD));
        assertThat(sameDate.memory()).isEqualTo(fsrs.next(fsrs.first(Rating.GOOD), Rating.GOOD, 0));
        assertThat(sameDate.lastReviewDay()).isEqualTo(MAY_1);
    }

    @Test
    void theSameInstantsReplayByTheZonesDates() {
        // 22:30 UTC and 23:30 UTC on 1 May: the same date in UTC, but 00:30 and 01:30 on 2 May in Berlin (UTC+2)
        Instant first = LocalDateTime.of(2025, 5, 1, 22, 30).toInstant(ZoneOffset.UTC);
        List<Review> reviews = List.of(new Review(first, Rating.GOOD));
        assertThat(ItemSchedule.replay(fsrs, reviews, ZoneOffset.UTC).orElseThrow().lastReviewDay()).isEqualTo(MAY_1);
        assertThat(ItemSchedule.replay(fsrs, reviews, BERLIN).orElseThrow().lastReviewDay())
                .isEqualTo(MAY_1.plusDays(1));
    }

    @Test
    void lapsesCountAgainAfterTheFirstReview() {
        ItemSchedule item = replay(new Review(at(MAY_1, 9), Rating.AGAIN),
                new Review(at(MAY_1.plusDays(1), 9), Rating.GOOD),
                new Review(at(MAY_1.plusDays(4), 9), Rating.AGAIN),
                new Review(at(MAY_1.plusDays(5), 9), Rating.HARD));
        assertThat(item.reviews()).isEqualTo(4);
        assertThat(item.lapses()).isEqualTo(1);
    }

    @Test
    void theOrderOfTheReviewsGivenDoesNotMatter() {
        List<Review> inOrder = new ArrayList<>();
        Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.GOOD};
        int[] days = {0, 2, 3, 3, 9, 30};
        for (int i = 0; i < days.length; i++) {
            inOrder.add(new Review(at(MAY_1.plusDays(days[i]), 8 + i), ratings[i]));
        }
        ItemSchedule expected = ItemSchedule.replay(fsrs, inOrder, BERLIN).orElseThrow();
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Review> shuffled = new ArrayList<>(inOrder);
            Collections.shuffle(shuffled, random);
            assertThat(ItemSchedule.replay(fsrs, shuffled, BERLIN)).contains(expected);
        }
    }

    @Test
    void replayingStepsThroughTheModelOneReviewAtATime() {
        // GOOD day 0, AGAIN day 2, HARD day 2 (same day), GOOD day 6
        ItemSchedule item = replay(new Review(at(MAY_1, 9), Rating.GOOD),
                new Review(at(MAY_1.plusDays(2), 9), Rating.AGAIN),
                new Review(at(MAY_1.plusDays(2), 18), Rating.HARD),
                new Review(at(MAY_1.plusDays(6), 9), Rating.GOOD));
        MemoryState expected = fsrs.first(Rating.GOOD);
        expected = fsrs.next(expected, Rating.AGAIN, 2);
        expected = fsrs.next(expected, Rating.HARD, 0);
        expected = fsrs.next(expected, Rating.GOOD, 4);
        assertThat(item.memory()).isEqualTo(expected);
        assertThat(item.naturalDue()).isEqualTo(MAY_1.plusDays(6 + fsrs.intervalDays(expected.stability())));
    }

    @Test
    void retrievabilityIsCountedFromTheLastReviewDay() {
        ItemSchedule item = replay(new Review(at(MAY_1, 9), Rating.GOOD));
        assertThat(item.retrievabilityOn(fsrs, MAY_1)).isEqualTo(1.0);
        assertThat(item.retrievabilityOn(fsrs, MAY_1.minusDays(3))).as("before the review").isEqualTo(1.0);
        // R(3, 3.173) = 0.9046982
        assertThat(item.retrievabilityOn(fsrs, MAY_1.plusDays(3))).isCloseTo(0.9046982, within(1e-6));
        assertThat(item.isDueOn(MAY_1.plusDays(2))).isFalse();
        assertThat(item.isDueOn(MAY_1.plusDays(3))).isTrue();
        assertThat(item.isDueOn(MAY_1.plusDays(40))).as("overdue is due").isTrue();
    }

    private ItemSchedule replay(Review... reviews) {
        return ItemSchedule.replay(fsrs, List.of(reviews), BERLIN).orElseThrow();
    }

    private static Instant at(LocalDate day, int hour) {
        return at(day, hour, 0);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toInstant();
    }
}
