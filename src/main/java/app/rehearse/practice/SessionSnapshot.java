package app.rehearse.practice;

import app.rehearse.bank.Question;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a session knows at one moment, immutable, so it can be handed to the writer
 * thread and serialised there while the user keeps typing.
 *
 * @param elapsedMs active time so far (pauses excluded)
 * @param phaseStartMs active time at which the current phase began
 * @param curveballAtMs active time into the curveball phase at which its curveball is asked
 */
public record SessionSnapshot(
        String id,
        Question question,
        PhasePlan plan,
        SessionState state,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> finishedAt,
        long elapsedMs,
        int phaseIndex,
        long phaseStartMs,
        long curveballAtMs,
        boolean autoAdvance,
        List<PhaseRecord> timeline,
        List<HintUse> hintsUsed,
        List<FollowUpShown> followUpsShown) {

    public SessionSnapshot {
        timeline = List.copyOf(timeline);
        hintsUsed = List.copyOf(hintsUsed);
        followUpsShown = List.copyOf(followUpsShown);
    }

    /** The hints revealed, not counting the rescue hint. */
    public int ordinaryHintsUsed() {
        return (int) hintsUsed.stream().filter(h -> h.index() < question.hints().size()).count();
    }

    /** Whether the rescue hint, numbered after the question's other hints, was revealed. */
    public boolean rescueHintUsed() {
        return hintsUsed.stream().anyMatch(h -> h.index() >= question.hints().size());
    }

    public boolean isFinished() {
        return state == SessionState.FINISHED;
    }

    /** Total overrun across phases: time spent beyond each phase's plan. */
    public long overtimeMs() {
        return timeline.stream().mapToLong(r -> r.overrunMs(elapsedMs)).sum();
    }
}
