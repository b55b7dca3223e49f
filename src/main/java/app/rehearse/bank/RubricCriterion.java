package app.rehearse.bank;

import java.util.Optional;

/**
 * One thing a grader looks for, with what a strong, a solid and a weak answer visibly do.
 *
 * @param solid what an answer worth 2 of 3 does: right, but without what makes it strong
 * @param staff what a staff answer must add, where the bar differs by level
 */
public record RubricCriterion(String criterion, String strong, String weak, int weight, Optional<String> solid,
        Optional<String> staff) {
    public static final int DEFAULT_WEIGHT = 1;

    /** A criterion described only by its strong and weak ends. */
    public RubricCriterion(String criterion, String strong, String weak, int weight) {
        this(criterion, strong, weak, weight, Optional.empty(), Optional.empty());
    }
}
