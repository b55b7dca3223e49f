package app.rehearse.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The interview date, if one is set, and how it bends the schedule so that every item comes round once more
 * before it.
 *
 * <p>The rule ({@link #due}), for an item last reviewed on day L whose FSRS due day is N, with I the interview:
 * <ol>
 *   <li>no date, or I is today or past: N, plain FSRS;</li>
 *   <li>N before I: N, the item comes round before the interview anyway;</li>
 *   <li>L within the final stretch (I − L ≤ {@value #FINAL_STRETCH_DAYS} days): N, the item is fresh for the
 *       day and another review would only crowd the last days;</li>
 *   <li>otherwise L + ⌈(I − L) / 2⌉, halfway from the last review to the interview (rounding later), which is at
 *       most I − 2: late enough to be a refresher, early enough to relearn the item if that review lapses.</li>
 * </ol>
 * The midpoint is anchored on the last review, not on today: anchored on today it would move a day later every
 * day and the item would only come round on the eve. Each review before the final stretch halves the gap again,
 * so a strongly remembered item comes round about log2(gap / 3) times: three times in a 30-day run-up (I − 15,
 * I − 7, I − 3), once when last seen 5 days before.
 */
public record Deadline(Optional<LocalDate> interview) {
    /** The last days before the interview, when a planner favours full mock loops over new material. */
    public static final int FINAL_STRETCH_DAYS = 3;
    public static final Deadline NONE = new Deadline(Optional.empty());

    public Deadline {
        Objects.requireNonNull(interview, "interview");
    }

    public static Deadline on(LocalDate interview) {
        return new Deadline(Optional.of(interview));
    }

    /** Days from {@code today} to the interview: 0 on the day, negative once it has passed; empty with no date. */
    public OptionalInt daysLeft(LocalDate today) {
        return interview.map(day -> OptionalInt.of(Math.toIntExact(ChronoUnit.DAYS.between(today, day))))
                .orElse(OptionalInt.empty());
    }

    public Phase phase(LocalDate today) {
        OptionalInt left = daysLeft(today);
        if (left.isEmpty()) {
            return Phase.NO_DATE;
        }
        int days = left.getAsInt();
        if (days < 0) {
            return Phase.PASSED;
        }
        if (days == 0) {
            return Phase.INTERVIEW_DAY;
        }
        return days <= FINAL_STRETCH_DAYS ? Phase.FINAL_DAYS : Phase.PREPARING;
    }

    /**
     * The day an item is due, by the rule in the class comment.
     *
     * @param lastReview the day of the item's last review
     * @param naturalDue that day plus the FSRS interval
     */
    public LocalDate due(LocalDate lastReview, LocalDate naturalDue, LocalDate today) {
        if (interview.isEmpty() || !interview.get().isAfter(today) || naturalDue.isBefore(interview.get())) {
            return naturalDue;
        }
        long gap = ChronoUnit.DAYS.between(lastReview, interview.get());
        if (gap <= FINAL_STRETCH_DAYS) {
            return naturalDue;
        }
        return lastReview.plusDays((gap + 1) / 2);
    }
}
