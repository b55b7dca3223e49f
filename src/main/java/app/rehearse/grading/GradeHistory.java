package app.rehearse.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every grade a session was given, oldest first. Re-grading appends; the latest is current,
 * and earlier ones stay so progress over re-grades remains visible. Empty means not graded
 * (grading was skipped or is still to come).
 */
public record GradeHistory(List<Scorecard> scorecards) {
    private static final GradeHistory EMPTY = new GradeHistory(List.of());

    public GradeHistory {
        scorecards = List.copyOf(scorecards);
    }

    public static GradeHistory empty() {
        return EMPTY;
    }

    /** A history with {@code card} added as the current grade. */
    public GradeHistory append(Scorecard card) {
        List<Scorecard> more = new ArrayList<>(scorecards);
        more.add(card);
        return new GradeHistory(more);
    }

    public Optional<Scorecard> current() {
        return scorecards.isEmpty() ? Optional.empty() : Optional.of(scorecards.get(scorecards.size() - 1));
    }

    public boolean isGraded() {
        return !scorecards.isEmpty();
    }

    public int size() {
        return scorecards.size();
    }
}
