package app.rehearse.plan;

/**
 * How one review of an item went, on FSRS's four grades (1 = again to 4 = easy).
 *
 * <p>A session's 0..100 score becomes a rating by {@link #fromScore}:
 * <ul>
 *   <li>below {@value #HARD_FROM}: {@link #AGAIN}. Half the rubric or more was missing, which would not pass in the
 *       room, so it counts as forgotten (a lapse: stability falls);</li>
 *   <li>from {@value #HARD_FROM}, below {@value #GOOD_FROM}: {@link #HARD}, a pass with gaps (FSRS grows stability only
 *       about a quarter as much, w15 = 0.2315);</li>
 *   <li>from {@value #GOOD_FROM}, below {@value #EASY_FROM}: {@link #GOOD}, a solid answer;</li>
 *   <li>from {@value #EASY_FROM}: {@link #EASY}, kept for near-complete answers because it multiplies the
 *       stability gain about threefold (w16 = 2.9898).</li>
 * </ul>
 * The bands fit the 0..3 points a trade-off dimension is scored in (0, 33, 67 and 100 percent): nothing or a bare
 * mention is {@code AGAIN}, reasoned is {@code GOOD}, reasoned with context and a revisit trigger is {@code EASY}.
 */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    /** A session finished but not graded: it was practised, so it counts, but only as a weak pass. */
    public static final Rating UNGRADED = HARD;
    /** The lowest score that is not {@link #AGAIN}. */
    public static final int HARD_FROM = 50;
    /** The lowest score that is {@link #GOOD}. */
    public static final int GOOD_FROM = 65;
    /** The lowest score that is {@link #EASY}. */
    public static final int EASY_FROM = 85;

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** FSRS's G: 1 for again, 2 hard, 3 good, 4 easy. */
    public int grade() {
        return grade;
    }

    /** Whether the item was recalled: every rating but {@link #AGAIN}. */
    public boolean recalled() {
        return this != AGAIN;
    }

    /**
     * The rating for a session score.
     *
     * @param percent the score, 0..100
     * @throws IllegalArgumentException outside 0..100
     */
    public static Rating fromScore(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a score is 0..100, not " + percent);
        }
        if (percent < HARD_FROM) {
            return AGAIN;
        }
        if (percent < GOOD_FROM) {
            return HARD;
        }
        return percent < EASY_FROM ? GOOD : EASY;
    }

    /**
     * The rating with FSRS grade {@code grade}.
     *
     * @throws IllegalArgumentException outside 1..4
     */
    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("an FSRS grade is 1..4, not " + grade);
    }
}
