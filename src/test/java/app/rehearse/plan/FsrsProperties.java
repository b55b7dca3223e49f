package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class FsrsProperties {
    private final Fsrs fsrs = Fsrs.defaults();

    @Property
    void aRecalledReviewAfterAFullIntervalGrowsStability(@ForAll("memories") MemoryState memory,
            @ForAll("recalled") Rating rating) {
        int interval = fsrs.intervalDays(memory.stability());
        assertThat(fsrs.next(memory, rating, interval).stability()).isGreaterThan(memory.stability());
    }

    @Property
    void aLapseNeverRaisesStability(@ForAll("memories") MemoryState memory, @ForAll("elapsed") double days) {
        assertThat(fsrs.next(memory, Rating.AGAIN, days).stability()).isLessThanOrEqualTo(memory.stability());
    }

    @Property
    void aBetterRatingNeverLeavesLessStability(@ForAll("memories") MemoryState memory, @ForAll("elapsed") double days) {
        double again = fsrs.next(memory, Rating.AGAIN, days).stability();
        double hard = fsrs.next(memory, Rating.HARD, days).stability();
        double good = fsrs.next(memory, Rating.GOOD, days).stability();
        double easy = fsrs.next(memory, Rating.EASY, days).stability();
        assertThat(again).isLessThanOrEqualTo(hard);
        assertThat(hard).isLessThanOrEqualTo(good);
        assertThat(good).isLessThanOrEqualTo(easy);
    }

    @Property
    void aBetterRatingNeverLeavesMoreDifficulty(@ForAll("memories") MemoryState memory,
            @ForAll("elapsed") double days) {
        double again = fsrs.next(memory, Rating.AGAIN, days).difficulty();
        double good = fsrs.next(memory, Rating.GOOD, days).difficulty();
        double easy = fsrs.next(memory, Rating.EASY, days).difficulty();
        assertThat(again).isGreaterThanOrEqualTo(good);
        assertThat(good).isGreaterThanOrEqualTo(easy);
    }

    @Property
    void intervalsAreAtLeastADayAndAtMostTheMaximum(@ForAll @DoubleRange(min = 0.01, max = 36500) double stability,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double retention) {
        assertThat(fsrs.withDesiredRetention(retention).intervalDays(stability))
                .isBetween(1, Fsrs.MAX_INTERVAL_DAYS);
    }

    /** Up to float noise within a millionth of a day of a half, which the interval snaps away. */
    @Property
    void atNinetyPercentTheIntervalIsTheRoundedStability(@ForAll("stabilities") double stability) {
        assertThat(fsrs.intervalDays(stability)).isEqualTo((int) Math.max(1, Math.round(stability)));
    }

    @Property
    void retrievabilityIsNinetyPercentAfterStabilityDaysAndFallsWithTime(
            @ForAll("stabilities") double stability, @ForAll @IntRange(max = 1000) int days) {
        assertThat(fsrs.retrievability(stability, stability)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(days + 1, stability)).isLessThan(fsrs.retrievability(days, stability))
                .isPositive();
    }

    @Property
    void everyStateStaysWithinBounds(@ForAll("memories") MemoryState memory, @ForAll Rating rating,
            @ForAll("elapsed") double days) {
        MemoryState next = fsrs.next(memory, rating, days);
        assertThat(next.stability()).isBetween(Fsrs.MIN_STABILITY, Fsrs.MAX_STABILITY);
        assertThat(next.difficulty()).isBetween(Fsrs.MIN_DIFFICULTY, Fsrs.MAX_DIFFICULTY);
    }

    @Provide
    Arbitrary<MemoryState> memories() {
        return Combinators.combine(stabilities(), Arbitraries.doubles().between(1, 10).ofScale(4))
                .as(MemoryState::new);
    }

    @Provide
    Arbitrary<Double> stabilities() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(Fsrs.MIN_STABILITY, 3650).ofScale(3),
                Arbitraries.integers().between(0, 3650).map(n -> n + 0.5),
                Arbitraries.of(Fsrs.MIN_STABILITY, 0.40255, 1.18385, 3.173, 15.69105));
    }

    @Provide
    Arbitrary<Rating> recalled() {
        return Arbitraries.of(Rating.HARD, Rating.GOOD, Rating.EASY);
    }

    @Provide
    Arbitrary<Double> elapsed() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(3),
                Arbitraries.integers().between(0, 5000).map(Integer::doubleValue));
    }
}
