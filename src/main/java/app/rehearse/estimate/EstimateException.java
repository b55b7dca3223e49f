package app.rehearse.estimate;

/** An estimate that cannot be worked out, with the column (from 1) where the problem is. */
public final class EstimateException extends Exception {
    private final int column;

    EstimateException(int column, String message) {
        super("col " + column + ": " + message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
