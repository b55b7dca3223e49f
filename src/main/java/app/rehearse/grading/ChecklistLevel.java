package app.rehearse.grading;

import java.util.Arrays;
import java.util.Optional;

/** How well one trade-off dimension was handled in an answer, from 0 to 3 points. */
public enum ChecklistLevel {
    NOT_ADDRESSED(0, "not addressed"),
    MENTIONED(1, "mentioned"),
    REASONED(2, "reasoned"),
    REASONED_WITH_TRIGGER(3, "reasoned with context and a revisit trigger");

    public static final int MAX_POINTS = 3;

    private final int points;
    private final String label;

    ChecklistLevel(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    /** Lower-case words for a score control, e.g. "reasoned". */
    public String label() {
        return label;
    }

    public static Optional<ChecklistLevel> ofPoints(int points) {
        return Arrays.stream(values()).filter(l -> l.points == points).findFirst();
    }
}
