package app.rehearse.grading;

import java.util.Objects;
import java.util.Optional;

/**
 * The score of one rubric criterion, with the criterion's weight copied in so a stored grade
 * keeps its score even if the pack is edited later.
 *
 * @param level empty while the criterion is unscored (unscored criteria do not count)
 */
public record RubricScore(int weight, Optional<RubricLevel> level) {
    public RubricScore {
        if (weight < 1) {
            throw new IllegalArgumentException("a rubric weight is at least 1 (found " + weight + ")");
        }
        Objects.requireNonNull(level, "level");
    }

    public static RubricScore unscored(int weight) {
        return new RubricScore(weight, Optional.empty());
    }

    public boolean scored() {
        return level.isPresent();
    }

    public RubricScore withLevel(Optional<RubricLevel> newLevel) {
        return new RubricScore(weight, newLevel);
    }
}
