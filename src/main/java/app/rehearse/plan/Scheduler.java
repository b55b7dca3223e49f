package app.rehearse.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Schedules items for "today" as the clock tells it, in the clock's zone, against an optional interview date.
 * Everything it answers follows from the reviews passed in, the clock and the deadline; it keeps no state.
 */
public final class Scheduler {
    private final Fsrs fsrs;
    private final Clock clock;
    private final Deadline deadline;

    public Scheduler(Fsrs fsrs, Clock clock, Deadline deadline) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    /** FSRS-5 defaults, no interview date. */
    public static Scheduler of(Clock clock) {
        return new Scheduler(Fsrs.defaults(), clock, Deadline.NONE);
    }

    public Scheduler withDeadline(Deadline other) {
        return new Scheduler(fsrs, clock, other);
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The zone calendar days are counted in: the clock's. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days until the interview: 0 on the day, negative once passed, empty with no date. */
    public OptionalInt daysLeft() {
        return deadline.daysLeft(today());
    }

    public Phase phase() {
        return deadline.phase(today());
    }

    /**
     * The item's schedule from its reviews, its due day kept ahead of the interview by {@link Deadline#due};
     * empty for an item never practised.
     */
    public Optional<ItemSchedule> schedule(Collection<Review> reviews) {
        LocalDate today = today();
        return ItemSchedule.replay(fsrs, reviews, zone()).map(item -> item.before(deadline, today));
    }

    /** The probability of recalling the item today. */
    public double retrievabilityToday(ItemSchedule item) {
        return item.retrievabilityOn(fsrs, today());
    }
}
