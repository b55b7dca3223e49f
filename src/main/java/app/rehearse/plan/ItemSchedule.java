package app.rehearse.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item's reviews replayed through FSRS: its memory now, its last review and when it is due.
 *
 * <p>Time is counted in calendar days of the user's zone: a review's elapsed days are the days between its date
 * and the previous review's date, so two sessions on the same date are a same-day review however many hours apart,
 * and one late in the evening and one the next morning are a day apart. Due dates are dates too.
 *
 * @param lastReview the instant of the latest review
 * @param lastReviewDay its date in the zone the reviews were replayed in
 * @param intervalDays the FSRS interval from the last review, at least 1
 * @param naturalDue {@code lastReviewDay + intervalDays}
 * @param due when the item should come round: {@code naturalDue}, or earlier when an interview is ahead
 * @param reviews how many reviews were replayed
 * @param lapses how many reviews after the first were rated {@link Rating#AGAIN}
 */
public record ItemSchedule(MemoryState memory, Instant lastReview, LocalDate lastReviewDay, int intervalDays,
        LocalDate naturalDue, LocalDate due, int reviews, int lapses) {

    public ItemSchedule {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(lastReviewDay, "lastReviewDay");
        Objects.requireNonNull(naturalDue, "naturalDue");
        Objects.requireNonNull(due, "due");
        if (intervalDays < 1 || reviews < 1 || lapses < 0 || lapses >= reviews) {
            throw new IllegalArgumentException(
                    "interval " + intervalDays + ", reviews " + reviews + ", lapses " + lapses);
        }
    }

    /**
     * Replays {@code reviews} oldest first ({@link Review#IN_TIME_ORDER}), so their order in the collection does
     * not matter. Empty when there are none: the item has never been practised and is not scheduled yet.
     */
    public static Optional<ItemSchedule> replay(Fsrs fsrs, Collection<Review> reviews, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        List<Review> inOrder = new ArrayList<>(reviews);
        inOrder.sort(Review.IN_TIME_ORDER);
        Review first = inOrder.get(0);
        MemoryState memory = fsrs.first(first.rating());
        LocalDate day = first.at().atZone(zone).toLocalDate();
        int lapses = 0;
        for (Review review : inOrder.subList(1, inOrder.size())) {
            LocalDate reviewDay = review.at().atZone(zone).toLocalDate();
            memory = fsrs.next(memory, review.rating(), ChronoUnit.DAYS.between(day, reviewDay));
            day = reviewDay;
            lapses += review.rating().recalled() ? 0 : 1;
        }
        int interval = fsrs.intervalDays(memory.stability());
        LocalDate naturalDue = day.plusDays(interval);
        Instant last = inOrder.get(inOrder.size() - 1).at();
        return Optional.of(
                new ItemSchedule(memory, last, day, interval, naturalDue, naturalDue, inOrder.size(), lapses));
    }

    /** This schedule with its due day brought forward for {@code deadline}, by {@link Deadline#due}. */
    public ItemSchedule before(Deadline deadline, LocalDate today) {
        LocalDate capped = deadline.due(lastReviewDay, naturalDue, today);
        if (capped.equals(due)) {
            return this;
        }
        return new ItemSchedule(memory, lastReview, lastReviewDay, intervalDays, naturalDue, capped, reviews, lapses);
    }

    /** Whether the item should be practised on {@code day}: it is due then or overdue. */
    public boolean isDueOn(LocalDate day) {
        return !due.isAfter(day);
    }

    /** Whether an interview date brought the due day forward. */
    public boolean broughtForward() {
        return due.isBefore(naturalDue);
    }

    /** The probability of recalling the item on {@code day} (1 on the day of the last review or before). */
    public double retrievabilityOn(Fsrs fsrs, LocalDate day) {
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(lastReviewDay, day));
        return fsrs.retrievability(elapsed, memory.stability());
    }
}
