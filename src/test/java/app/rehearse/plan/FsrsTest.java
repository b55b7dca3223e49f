package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Worked values, computed by hand from the formulas in {@link Fsrs}'s comment with the FSRS-5 defaults
 * w0..w18 = 0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
 * 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621.
 */
class FsrsTest {
    private static final Offset<Double> CLOSE = within(1e-6);
    private final Fsrs fsrs = Fsrs.defaults();

    @Test
    void theDefaultsAreFsrs5sNineteenParametersAtNinetyPercent() {
        assertThat(fsrs.parameters()).hasSize(19).startsWith(0.40255, 1.18385, 3.173, 15.69105)
                .endsWith(0.51655, 0.6621);
        assertThat(fsrs.desiredRetention()).isEqualTo(0.9);
        assertThat(Fsrs.FACTOR).isEqualTo(19.0 / 81.0);
    }

    @Test
    void aFirstReviewStartsFromTheGradesInitialStabilityAndDifficulty() {
        // S0(G) = w[G-1]. D0(G) = w4 - e^(w5·(G-1)) + 1 = 8.1949 - e^(0.5345·(G-1)):
        //   G=1: 8.1949 - e^0      = 8.1949 - 1         = 7.1949
        //   G=2: 8.1949 - e^0.5345 = 8.1949 - 1.7065947 = 6.4883053
        //   G=3: 8.1949 - e^1.069  = 8.1949 - 2.9124656 = 5.2824344
        //   G=4: 8.1949 - e^1.6035 = 8.1949 - 4.9703984 = 3.2245016
        assertState(fsrs.first(Rating.AGAIN), 0.40255, 7.1949);
        assertState(fsrs.first(Rating.HARD), 1.18385, 6.4883053);
        assertState(fsrs.first(Rating.GOOD), 3.173, 5.2824344);
        assertState(fsrs.first(Rating.EASY), 15.69105, 3.2245016);
    }

    @Test
    void retrievabilityIsNinetyPercentExactlyWhenTheElapsedDaysEqualTheStability() {
        // R(S,S) = (1 + 19/81)^-0.5 = (100/81)^-0.5 = 9/10
        for (double s : new double[] {0.40255, 3.173, 15.69105, 365}) {
            assertThat(fsrs.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
        }
        assertThat(fsrs.retrievability(0, 3.173)).isEqualTo(1.0);
        // R(3, 3.173) = (1 + 19/81 · 3/3.173)^-0.5 = (1 + 0.2217787)^-0.5 = 1 / 1.1053410 = 0.9046982
        assertThat(fsrs.retrievability(3, 3.173)).isCloseTo(0.9046982, CLOSE);
    }

    @Test
    void atNinetyPercentTheIntervalIsTheStabilityRounded() {
        // I(0.9, S) = S/FACTOR · (0.9^-2 - 1) = S · (81/19) · (100/81 - 1) = S · (81/19) · (19/81) = S
        assertThat(fsrs.intervalDays(3.173)).isEqualTo(3);
        assertThat(fsrs.intervalDays(15.69105)).isEqualTo(16);
        assertThat(fsrs.intervalDays(2.5)).as("a half rounds up").isEqualTo(3);
        assertThat(fsrs.intervalDays(2.49)).isEqualTo(2);
        assertThat(fsrs.intervalDays(0.40255)).as("never under a day").isEqualTo(1);
        assertThat(fsrs.intervalDays(Fsrs.MAX_STABILITY)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void aLowerRetentionStretchesTheInterval() {
        // I(0.8, 3.173) = 3.173 · (81/19) · (0.8^-2 - 1) = 3.173 · 4.2631579 · 0.5625 = 7.6089375 -> 8
        assertThat(fsrs.withDesiredRetention(0.8).intervalDays(3.173)).isEqualTo(8);
    }

    @Test
    void aGoodReviewAfterExactlyTheIntervalGrowsStabilityAndBarelyMovesDifficulty() {
        // From first(GOOD): S = 3.173, D = 5.2824344; the interval is 3 days, so R = 0.9046982 (above).
        // S'r = S · (e^w8 · (11-D) · S^-w9 · (e^(w10·(1-R)) - 1) + 1)
        //   e^1.54575 = 4.6914889;  11 - D = 5.7175656;  3.173^-0.1192 = 0.8714145
        //   e^(1.01925 · 0.0953018) - 1 = e^0.0971364 - 1 = 0.1020106
        //   growth = 4.6914889 · 5.7175656 · 0.8714145 · 0.1020106 = 2.3844708
        //   S' = 3.173 · 3.3844708 = 10.7389258, so the next interval is 11 days
        // D: ΔD = -w6·(3-3) = 0, D' = D; D'' = 0.0046 · D0(4) + 0.9954 · D
        //   = 0.0046 · 3.2245016 + 0.9954 · 5.2824344 = 0.0148327 + 5.2581352 = 5.2729679
        MemoryState next = fsrs.next(fsrs.first(Rating.GOOD), Rating.GOOD, 3);
        assertState(next, 10.7389258, 5.2729679);
        assertThat(fsrs.intervalDays(next.stability())).isEqualTo(11);
    }

    @Test
    void hardAndEasyScaleTheSameGrowthByTheirPenaltyAndBonus() {
        // Same state and R as above, growth 2.3844708:
        //   HARD: S' = 3.173 · (2.3844708 · 0.2315 + 1) = 3.173 · 1.5520050 = 4.9245118
        //         D' = D + 1.4604 · (10-D)/9 = 5.2824344 + 1.4604 · 0.5241740 = 6.0479381
        //         D'' = 0.0148327 + 0.9954 · 6.0479381 = 6.0349503
        //   EASY: S' = 3.173 · (2.3844708 · 2.9898 + 1) = 3.173 · 8.1290908 = 25.7936051
        //         D' = 5.2824344 - 1.4604 · 0.5241740 = 4.5169308
        //         D'' = 0.0148327 + 0.9954 · 4.5169308 = 4.5109856
        MemoryState first = fsrs.first(Rating.GOOD);
        assertState(fsrs.next(first, Rating.HARD, 3), 4.9245118, 6.0349503);
        assertState(fsrs.next(first, Rating.EASY, 3), 25.7936051, 4.5109856);
    }

    @Test
    void aGoodReviewAtNinetyPercentRetrievability() {
        // t = S = 3.173 days, so R = 0.9 exactly and e^(w10 · 0.1) - 1 = e^0.101925 - 1 = 0.1073004
        //   growth = 4.6914889 · 5.7175656 · 0.8714145 · 0.1073004 = 2.5081185
        //   S' = 3.173 · 3.5081185 = 11.1312599
        assertState(fsrs.next(fsrs.first(Rating.GOOD), Rating.GOOD, 3.173), 11.1312599, 5.2729679);
    }

    @Test
    void aLapseAfterTheIntervalDropsStabilityAndRaisesDifficulty() {
        // From first(GOOD), 3 days on (R = 0.9046982), rated AGAIN:
        // S'f = w11 · D^-w12 · ((S+1)^w13 - 1) · e^(w14·(1-R))
        //   = 1.9395 · 5.2824344^-0.11 · (4.173^0.29605 - 1) · e^(2.2698 · 0.0953018)
        //   = 1.9395 · 0.8326994 · (1.5264541 - 1) · 1.2414946 = 1.0555611;  min(3.173, 1.0555611) = 1.0555611
        // D: ΔD = -1.4604 · (1-3) = 2.9208; D' = 5.2824344 + 2.9208 · (10 - 5.2824344)/9
        //   = 5.2824344 + 2.9208 · 0.5241740 = 6.8134417; D'' = 0.0148327 + 0.9954 · 6.8134417 = 6.7969326
        assertState(fsrs.next(fsrs.first(Rating.GOOD), Rating.AGAIN, 3), 1.0555611, 6.7969326);
    }

    @Test
    void aLapseNeverRaisesStabilityEvenWhenTheForgettingFormulaWould() {
        // S = 0.5, D = 1, 400 days on: R = (1 + 19/81 · 800)^-0.5 = 0.0728059
        //   S'f = 1.9395 · 1^-0.11 · (1.5^0.29605 - 1) · e^(2.2698 · 0.9271941) = 1.9395 · 0.1275396 · 8.2033709
        //   = 2.0292114, above S, so min(S, S'f) keeps 0.5
        assertThat(fsrs.next(new MemoryState(0.5, 1), Rating.AGAIN, 400).stability()).isEqualTo(0.5);
    }

    @Test
    void aSameDayReviewScalesStabilityByTheShortTermFactor() {
        // S's = S · e^(w17·(G-3+w18)):
        //   GOOD:  e^(0.51655 · 0.6621)  = e^0.3420078  = 1.4077712; 3.173 · 1.4077712 = 4.4668581
        //   AGAIN: e^(0.51655 · -1.3379) = e^-0.6910922 = 0.5010285; 3.173 · 0.5010285 = 1.5897635
        // Difficulty moves as for any review: GOOD leaves 5.2729679, AGAIN 6.7969326 (above).
        MemoryState first = fsrs.first(Rating.GOOD);
        assertState(fsrs.next(first, Rating.GOOD, 0), 4.4668581, 5.2729679);
        assertState(fsrs.next(first, Rating.AGAIN, 0), 1.5897635, 6.7969326);
        assertThat(fsrs.next(first, Rating.GOOD, 0.99)).as("under a day is the same day")
                .isEqualTo(fsrs.next(first, Rating.GOOD, 0));
    }

    @Test
    void difficultyBottomsOutAtOne() {
        // D = 1, EASY: ΔD = -1.4604; D' = 1 - 1.4604 · 9/9 = -0.4604;
        //   D'' = 0.0148327 + 0.9954 · -0.4604 = -0.4434495 -> 1
        assertThat(fsrs.next(new MemoryState(3, 1), Rating.EASY, 3).difficulty()).isEqualTo(1.0);
    }

    @Test
    void withTheDefaultsDampingAndMeanReversionKeepDifficultyJustUnderTen() {
        // D = 10, AGAIN: D' = 10 + 2.9208 · 0/9 = 10; D'' = 0.0148327 + 0.9954 · 10 = 9.9688327
        assertThat(fsrs.next(new MemoryState(3, 10), Rating.AGAIN, 3).difficulty()).isCloseTo(9.9688327, CLOSE);
    }

    @Test
    void difficultyTopsOutAtTen() {
        // w6 = 9, w7 = 0: from D = 5, AGAIN: ΔD = 18; D' = 5 + 18 · 5/9 = 15 -> 10
        Fsrs steep = withParameter(withParameter(fsrs, 6, 9), 7, 0);
        assertThat(steep.next(new MemoryState(3, 5), Rating.AGAIN, 3).difficulty()).isEqualTo(10.0);
        // w4 = 12: D0(1) = 12 - e^0 + 1 = 12 -> 10;  w5 = 2: D0(4) = 8.1949 - e^6 = -395.2 -> 1
        assertThat(withParameter(fsrs, 4, 12).first(Rating.AGAIN).difficulty()).isEqualTo(10.0);
        assertThat(withParameter(fsrs, 5, 2).first(Rating.EASY).difficulty()).isEqualTo(1.0);
    }

    @Test
    void stabilityStaysWithinItsBounds() {
        MemoryState memory = new MemoryState(Fsrs.MIN_STABILITY, 5);
        assertThat(fsrs.next(memory, Rating.AGAIN, 0).stability()).isEqualTo(Fsrs.MIN_STABILITY);
        MemoryState strong = new MemoryState(Fsrs.MAX_STABILITY, 1);
        assertThat(fsrs.next(strong, Rating.EASY, Fsrs.MAX_STABILITY).stability()).isEqualTo(Fsrs.MAX_STABILITY);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Fsrs.of(Fsrs.DEFAULT_PARAMETERS.subList(0, 17), 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("19");
        assertThatThrownBy(() -> withParameter(fsrs, 3, Double.NaN)).hasMessageContaining("w3");
        assertThatThrownBy(() -> fsrs.withDesiredRetention(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.withDesiredRetention(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.next(fsrs.first(Rating.GOOD), Rating.GOOD, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryState(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryState(3, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalParametersAndRetentionMakeEqualModels() {
        assertThat(Fsrs.of(Fsrs.DEFAULT_PARAMETERS, 0.9)).isEqualTo(fsrs).hasSameHashCodeAs(fsrs);
        assertThat(fsrs.withDesiredRetention(0.85)).isNotEqualTo(fsrs);
    }

    private static Fsrs withParameter(Fsrs model, int index, double value) {
        List<Double> w = new ArrayList<>(model.parameters());
        w.set(index, value);
        return Fsrs.of(w, model.desiredRetention());
    }

    private static void assertState(MemoryState state, double stability, double difficulty) {
        assertThat(state.stability()).as("stability").isCloseTo(stability, CLOSE);
        assertThat(state.difficulty()).as("difficulty").isCloseTo(difficulty, CLOSE);
    }
}
