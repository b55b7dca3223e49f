package app.rehearse.grading;

/**
 * Points taken off the score.
 *
 * @param points the points taken off, already capped (0 when none)
 * @param capped whether the cap was reached
 * @param detail how the points came about, e.g. "2 hints × 3"
 */
public record Penalty(String label, int points, boolean capped, String detail) {}
