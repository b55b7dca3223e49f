package app.rehearse.ui.practice;

import app.rehearse.practice.Durations;

/** How the countdown reads: {@code m:ss} left in the phase, {@code +m:ss} into overtime. */
final class TimerFormat {
    private TimerFormat() {}

    static String format(long remainingMs) {
        return Durations.countdown(remainingMs);
    }

    /** Normal, amber in the last stretch of a phase (a tenth of it, at least 30 s), red in overtime. */
    static TimerState state(long remainingMs, long phaseMs) {
        if (remainingMs < 0) {
            return TimerState.OVERTIME;
        }
        return remainingMs <= Math.max(30_000, phaseMs / 10) ? TimerState.WARNING : TimerState.NORMAL;
    }

    enum TimerState { NORMAL, WARNING, OVERTIME }
}
