package app.rehearse.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The FSRS-5 memory model (Free Spaced Repetition Scheduler, the DSR model: difficulty, stability,
 * retrievability) with its 19 parameters w0..w18 and a desired retention r. Pure functions of their arguments.
 *
 * <p>The formulas, with G the grade (1 again, 2 hard, 3 good, 4 easy), t days since the last review,
 * DECAY = −0.5 and FACTOR = 0.9^(1/DECAY) − 1 = 19/81:
 * <pre>
 * initial stability      S0(G) = w[G−1]
 * initial difficulty     D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to 1..10
 * retrievability         R(t,S) = (1 + FACTOR·t/S)^DECAY                      (R(S,S) = 0.9)
 * next interval          I(r,S) = S/FACTOR·(r^(1/DECAY) − 1), rounded, 1..36500 days  (I(0.9,S) = S)
 * next difficulty        ΔD = −w6·(G−3)
 *                        D'  = D + ΔD·(10−D)/9                                  (linear damping)
 *                        D'' = w7·D0(4) + (1−w7)·D', clamped to 1..10           (mean reversion, D0(4) unclamped)
 * stability, recalled    S'r = S·(e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·[w15 if G=2]·[w16 if G=4] + 1)
 * stability, lapsed      S'f = min(S, w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)))
 * stability, same day    S's = S·e^(w17·(G−3+w18))                             (t &lt; 1 day)
 * </pre>
 * Stability updates use the difficulty before the review; stability is kept within 0.01..36500 days.
 *
 * <p>Reference: the fsrs4anki wiki, "The Algorithm"
 * (https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm). Each formula was checked in at least
 * two of: py-fsrs, class FSRSv5 in src/fsrs/fsrs_v5.py and ALGORITHM.md
 * (https://github.com/open-spaced-repetition/py-fsrs); fsrs-rs, the engine inside Anki, src/model.rs and
 * src/inference.rs at FSRS-5 (https://github.com/open-spaced-repetition/fsrs-rs); the ts-fsrs documentation of
 * FSRSAlgorithm (https://open-spaced-repetition.github.io/ts-fsrs/classes/FSRSAlgorithm.html). The default
 * parameters are fsrs-rs's DEFAULT_PARAMETERS for FSRS-5, the same in go-fsrs (weights.go) and in the FSRS4Anki
 * 5.x scheduler.
 *
 * <p>Where the sources differ: the cap on a lapse is min(S, S'f) in fsrs-rs, S·e^(w17·(w18−2)) in py-fsrs's FSRSv5
 * and S/e^(w17·w18) in ts-fsrs; this follows fsrs-rs. A same-day review is one with t = 0 whole days in fsrs-rs and
 * ts-fsrs and one under 24 hours in py-fsrs; here it is t &lt; 1, which is the same for whole calendar days.
 * py-fsrs's ALGORITHM.md and part of the ts-fsrs documentation still show the FSRS-4.5 difficulty update without
 * linear damping; the FSRS-5 code of all three damps.
 */
public final class Fsrs {
    /** The exponent of the power forgetting curve. */
    public static final double DECAY = -0.5;
    /** 0.9^(1/DECAY) − 1 = 19/81, so that R(S, S) = 0.9. */
    public static final double FACTOR = 19.0 / 81.0;
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 36_500;
    public static final double MIN_STABILITY = 0.01;
    public static final double MAX_STABILITY = 36_500;
    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;
    public static final int PARAMETER_COUNT = 19;

    /** FSRS-5's published defaults, w0..w18. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
            1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);

    /** Intervals are snapped to a millionth of a day before rounding, so that float noise cannot flip a half. */
    private static final double SNAP = 1e6;

    private final double[] w;
    private final double desiredRetention;

    private Fsrs(double[] w, double desiredRetention) {
        this.w = w;
        this.desiredRetention = desiredRetention;
    }

    /** FSRS-5's default parameters at 90% desired retention. */
    public static Fsrs defaults() {
        return of(DEFAULT_PARAMETERS, DEFAULT_RETENTION);
    }

    /**
     * @param parameters w0..w18, all finite
     * @param desiredRetention the recall probability to schedule for, above 0 and below 1
     */
    public static Fsrs of(List<Double> parameters, double desiredRetention) {
        if (parameters.size() != PARAMETER_COUNT) {
            throw new IllegalArgumentException(
                    "FSRS-5 has " + PARAMETER_COUNT + " parameters, not " + parameters.size());
        }
        double[] w = new double[PARAMETER_COUNT];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.get(i);
            if (!Double.isFinite(w[i])) {
                throw new IllegalArgumentException("w" + i + " is " + w[i]);
            }
        }
        return new Fsrs(w, checkedRetention(desiredRetention));
    }

    public Fsrs withDesiredRetention(double retention) {
        return new Fsrs(w, checkedRetention(retention));
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** w0..w18. */
    public List<Double> parameters() {
        return Arrays.stream(w).boxed().toList();
    }

    /** The memory after an item's first review: S0(G), D0(G). */
    public MemoryState first(Rating rating) {
        return new MemoryState(clampStability(w[rating.grade() - 1]), clampDifficulty(initialDifficulty(rating)));
    }

    /**
     * The memory after a further review.
     *
     * @param elapsedDays days since the previous review, 0 or more; under 1 is a same-day review
     */
    public MemoryState next(MemoryState memory, Rating rating, double elapsedDays) {
        if (!(elapsedDays >= 0) || Double.isInfinite(elapsedDays)) {
            throw new IllegalArgumentException("elapsed days must be 0 or more, not " + elapsedDays);
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = s * Math.exp(w[17] * (rating.grade() - 3 + w[18]));
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating.recalled() ? recallStability(d, s, r, rating) : Math.min(s, forgetStability(d, s, r));
        }
        return new MemoryState(clampStability(stability), nextDifficulty(d, rating));
    }

    /** R(t, S): the probability of recall {@code elapsedDays} after a review that left {@code stability}. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    /** I(r, S) in whole days, at least 1 and at most {@value #MAX_INTERVAL_DAYS}; at r = 0.9 it is round(S). */
    public int intervalDays(double stability) {
        double raw = stability / FACTOR * (Math.pow(desiredRetention, 1 / DECAY) - 1);
        long days = Math.round(Math.round(raw * SNAP) / SNAP);
        return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, days));
    }

    /** D0(G) before clamping, as mean reversion uses it. */
    double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    private double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus + 1);
    }

    private double forgetStability(double d, double s, double r) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
    }

    private static double clampStability(double s) {
        return Math.max(MIN_STABILITY, Math.min(MAX_STABILITY, s));
    }

    private static double clampDifficulty(double d) {
        return Math.max(MIN_DIFFICULTY, Math.min(MAX_DIFFICULTY, d));
    }

    private static double checkedRetention(double r) {
        if (!(r > 0 && r < 1)) {
            throw new IllegalArgumentException("desired retention is above 0 and below 1, not " + r);
        }
        return r;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fsrs that && Arrays.equals(w, that.w)
                && Double.compare(desiredRetention, that.desiredRetention) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(w) + Double.hashCode(desiredRetention);
    }

    @Override
    public String toString() {
        return "Fsrs[r=" + desiredRetention + ", w=" + parameters() + "]";
    }
}
