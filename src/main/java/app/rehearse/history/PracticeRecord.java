package app.rehearse.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the user has done on one question so far.
 *
 * @param sessions readable sessions on it in the history, finished or not (damaged folders are not counted)
 * @param best the highest current score among its graded sessions; empty when none is graded
 * @param last when the most recent session on it began; empty when it was never practised
 */
public record PracticeRecord(int sessions, OptionalInt best, Optional<Instant> last) {
    /** A question never practised. */
    public static final PracticeRecord NEVER = new PracticeRecord(0, OptionalInt.empty(), Optional.empty());

    public PracticeRecord {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(last, "last");
        if (sessions < 0) {
            throw new IllegalArgumentException("sessions must not be negative: " + sessions);
        }
    }

    public boolean isPractised() {
        return sessions > 0;
    }

    /** This record with one more session counted in. */
    PracticeRecord with(SessionSummary session) {
        OptionalInt bestNow = best;
        if (session.score().isPresent() && (best.isEmpty() || session.score().getAsInt() > best.getAsInt())) {
            bestNow = session.score();
        }
        Instant began = session.createdAt();
        Optional<Instant> lastNow = last.isPresent() && !began.isAfter(last.get()) ? last : Optional.of(began);
        return new PracticeRecord(sessions + 1, bestNow, lastNow);
    }
}
