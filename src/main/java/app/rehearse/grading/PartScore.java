package app.rehearse.grading;

import java.util.OptionalDouble;

/**
 * One part of a score.
 *
 * @param weight the part's weight for this question type
 * @param fraction 0..1, or empty when nothing in the part was scored and it is left out
 * @param effectiveWeight the weight after leaving out empty parts (the counted ones add up to 1); 0 when left out
 * @param detail what went into the part, e.g. "4 of 5 criteria scored"
 */
public record PartScore(ScoreComponent component, double weight, OptionalDouble fraction, double effectiveWeight,
        String detail) {

    public boolean counted() {
        return fraction.isPresent();
    }

    /** The fraction as a whole percentage, when counted. */
    public int percent() {
        return (int) Math.round(fraction.orElse(0) * 100);
    }
}
