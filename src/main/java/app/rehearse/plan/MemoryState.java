package app.rehearse.plan;

/**
 * What FSRS knows of one item's memory after its latest review.
 *
 * @param stability days for retrievability to fall from 100% to 90%, {@value Fsrs#MIN_STABILITY} to
 *        {@value Fsrs#MAX_STABILITY}
 * @param difficulty how hard the item is to make stick, 1 (easiest) to 10
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability >= Fsrs.MIN_STABILITY && stability <= Fsrs.MAX_STABILITY)) {
            throw new IllegalArgumentException("stability is 0.01..36500 days, not " + stability);
        }
        if (!(difficulty >= Fsrs.MIN_DIFFICULTY && difficulty <= Fsrs.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty is 1..10, not " + difficulty);
        }
    }
}
