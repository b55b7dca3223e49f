package app.rehearse.practice;

import java.util.OptionalLong;

/**
 * What actually happened in one phase: when it started and ended (active session time, pauses
 * excluded) and where the notes stood when it began, so review can tell which notes belong to it.
 */
public record PhaseRecord(String phaseId, String name, int plannedMinutes, long startMs, OptionalLong endMs,
        int notesOffset) {

    public PhaseRecord ended(long at) {
        return new PhaseRecord(phaseId, name, plannedMinutes, startMs, OptionalLong.of(at), notesOffset);
    }

    /** Active milliseconds spent in the phase, or up to {@code now} while it is still open. */
    public long actualMs(long now) {
        return endMs.orElse(now) - startMs;
    }

    public long overrunMs(long now) {
        return Math.max(0, actualMs(now) - plannedMinutes * 60_000L);
    }
}
