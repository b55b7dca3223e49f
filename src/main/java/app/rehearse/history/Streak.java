package app.rehearse.history;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Consecutive days with at least one finished session.
 *
 * @param current the run ending today, or ending yesterday while today has no session yet (still alive)
 * @param longest the longest run ever
 * @param lastDay the last day with a finished session
 */
public record Streak(int current, int longest, boolean practisedToday, Optional<LocalDate> lastDay) {}
