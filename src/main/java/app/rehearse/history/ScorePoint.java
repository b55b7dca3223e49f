package app.rehearse.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One point of a progress chart.
 *
 * @param at when the session began
 * @param day that moment's date in the stats' zone
 * @param value 0..100: a session's score, or for a trade-off dimension its checklist points as a percentage of 3
 */
public record ScorePoint(Instant at, LocalDate day, String sessionId, int value) {}
