package app.rehearse.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One practice of an item: a session on the question, or one that exercised the weak area.
 *
 * @param at when it was practised (a session's start)
 */
public record Review(Instant at, Rating rating) {
    /** Oldest first; reviews at the same instant in grade order, so that any input order replays the same. */
    public static final Comparator<Review> IN_TIME_ORDER =
            Comparator.comparing(Review::at).thenComparing(Review::rating);

    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}
