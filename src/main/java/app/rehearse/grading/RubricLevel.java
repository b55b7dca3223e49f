package app.rehearse.grading;

import java.util.Arrays;
import java.util.Optional;

/**
 * How one rubric criterion was met, from 0 to 3 points. The two ends match the criterion's
 * own descriptions: {@link #WEAK} looks like its "weak" text, {@link #STRONG} like its "strong" text.
 */
public enum RubricLevel {
    MISSING(0, "missing"),
    WEAK(1, "weak"),
    SOLID(2, "solid"),
    STRONG(3, "strong");

    public static final int MAX_POINTS = 3;

    private final int points;
    private final String label;

    RubricLevel(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return label;
    }

    public static Optional<RubricLevel> ofPoints(int points) {
        return Arrays.stream(values()).filter(l -> l.points == points).findFirst();
    }
}
