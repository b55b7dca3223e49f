package app.rehearse.history;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.practice.SessionState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a history row and the progress charts need from one session, without its notes.
 * Small enough that thousands are kept in memory and in the index cache.
 *
 * @param id the session folder's name; use it to load, retry, export or trash the session
 * @param tradeOffs the dimensions the question stresses
 * @param durationMs active time spent (pauses excluded)
 * @param plannedMs the plan's total
 * @param overtimeMs time beyond each phase's plan, summed over phases
 * @param score the current grade's total 0..100; empty when not graded (or the grades are unreadable)
 * @param dimensionPoints checklist points 0..3 per dimension id, scored rows of the current grade only
 * @param gradeNotes the current grade's reflection, shortened to a snippet
 * @param gradeProblem why the grades could not be read, when they could not (the session itself is fine)
 * @param notesLength characters in notes.md
 * @param story the id of the user's story told in a behavioral session, when one was picked
 * @param loop the mock loop the session was a round of, if any
 */
public record SessionSummary(
        String id,
        Path folder,
        String questionId,
        String title,
        QuestionType type,
        Level level,
        List<String> tags,
        Optional<String> competency,
        List<String> tradeOffs,
        Instant createdAt,
        Optional<Instant> finishedAt,
        SessionState state,
        long durationMs,
        long plannedMs,
        long overtimeMs,
        int hintsUsed,
        int hintsAvailable,
        int followUpsAsked,
        OptionalInt score,
        Optional<Instant> gradedAt,
        Map<String, Integer> dimensionPoints,
        String gradeNotes,
        Optional<String> gradeProblem,
        int notesLength,
        Optional<String> story,
        Optional<LoopRound> loop) {

    /** Longest grade-notes snippet kept in a summary. */
    public static final int SNIPPET_LENGTH = 200;

    public SessionSummary {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
        tradeOffs = List.copyOf(tradeOffs);
        dimensionPoints = Map.copyOf(dimensionPoints);
    }

    public boolean isFinished() {
        return state == SessionState.FINISHED;
    }

    public boolean isGraded() {
        return score.isPresent();
    }

    /** The day the session was practised (when it began), in {@code zone}: the date shown and filtered on. */
    public LocalDate day(ZoneId zone) {
        return createdAt.atZone(zone).toLocalDate();
    }
}
