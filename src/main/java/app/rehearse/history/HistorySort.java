package app.rehearse.history;

import java.util.Comparator;
import java.util.function.ToLongFunction;

/**
 * The order of history rows: one column, up or down. Ties fall back to newest first; sessions
 * without a score sort after scored ones whichever way scores are sorted.
 */
public record HistorySort(Key key, boolean ascending) {
    public enum Key { DATE, TITLE, TYPE, DURATION, OVERTIME, HINTS, SCORE }

    public static final HistorySort NEWEST_FIRST = new HistorySort(Key.DATE, false);

    private static final Comparator<SessionSummary> NEWEST = Comparator.comparing(SessionSummary::createdAt)
            .thenComparing(SessionSummary::id).reversed();

    public Comparator<SessionSummary> comparator() {
        Comparator<SessionSummary> primary = switch (key) {
            case DATE -> Comparator.comparing(SessionSummary::createdAt);
            case TITLE -> Comparator.comparing(SessionSummary::title, String.CASE_INSENSITIVE_ORDER);
            case TYPE -> Comparator.comparing(SessionSummary::type);
            case DURATION -> byLong(SessionSummary::durationMs);
            case OVERTIME -> byLong(SessionSummary::overtimeMs);
            case HINTS -> byLong(SessionSummary::hintsUsed);
            case SCORE -> byLong(s -> s.score().orElse(-1));
        };
        if (!ascending) {
            primary = primary.reversed();
        }
        if (key == Key.SCORE) {
            Comparator<SessionSummary> gradedFirst = Comparator.comparing(s -> s.score().isEmpty());
            primary = gradedFirst.thenComparing(primary);
        }
        return primary.thenComparing(NEWEST);
    }

    private static Comparator<SessionSummary> byLong(ToLongFunction<SessionSummary> field) {
        return Comparator.comparingLong(field);
    }
}
