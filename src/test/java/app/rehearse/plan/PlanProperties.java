package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PlanProperties {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
    private final Fsrs fsrs = Fsrs.defaults();

    @Property
    void anyOrderOfTheSameReviewsReplaysTheSame(@ForAll("reviews") @Size(min = 1, max = 12) List<Review> reviews,
            @ForAll Random random) {
        List<Review> shuffled = new ArrayList<>(reviews);
        Collections.shuffle(shuffled, random);
        assertThat(ItemSchedule.replay(fsrs, shuffled, ZONE)).isEqualTo(ItemSchedule.replay(fsrs, reviews, ZONE));
    }

    @Property
    void aReplayIsDueAfterItsLastReviewAndHasSaneCounts(
            @ForAll("reviews") @Size(min = 1, max = 12) List<Review> reviews) {
        ItemSchedule item = ItemSchedule.replay(fsrs, reviews, ZONE).orElseThrow();
        assertThat(item.due()).isAfter(item.lastReviewDay());
        assertThat(item.reviews()).isEqualTo(reviews.size());
        assertThat(item.lastReview()).isEqualTo(reviews.stream().map(Review::at).max(Instant::compareTo).orElseThrow());
    }

    @Property
    void anInterviewAheadIsNeverPassedByAnItemLastSeenBeforeTheFinalStretch(
            @ForAll @IntRange(max = 200) int lastReviewAgo, @ForAll @IntRange(min = 1, max = 400) int interval,
            @ForAll @IntRange(min = 1, max = 120) int interviewIn) {
        LocalDate today = LocalDate.of(2025, 6, 1);
        LocalDate lastReview = today.minusDays(lastReviewAgo);
        LocalDate natural = lastReview.plusDays(interval);
        LocalDate interview = today.plusDays(interviewIn);
        LocalDate due = Deadline.on(interview).due(lastReview, natural, today);

        assertThat(due).isAfter(lastReview).isBeforeOrEqualTo(natural);
        if (lastReview.plusDays(Deadline.FINAL_STRETCH_DAYS).isBefore(interview)) {
            assertThat(due).isBefore(interview);
        }
        assertThat(Deadline.NONE.due(lastReview, natural, today)).isEqualTo(natural);
    }

    @Provide
    Arbitrary<List<Review>> reviews() {
        // Coarse hours make same-instant ties likely, which the replay must still order the same way.
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 24 * 90).map(h -> START.plusSeconds(h * 3600L * 3));
        return Combinators.combine(at, Arbitraries.of(Rating.class)).as(Review::new).list();
    }
}
