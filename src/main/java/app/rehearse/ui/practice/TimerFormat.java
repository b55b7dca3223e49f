package app.rehearse.ui.practice;

/** How the countdown reads: {@code m:ss} left in the phase, {@code +m:ss} into overtime. */
final class TimerFormat {
    private TimerFormat() {}

    static String format(long remainingMs) {
        if (remainingMs >= 0) {
            long seconds = (remainingMs + 999) / 1000;
            return seconds / 60 + ":" + pad(seconds % 60);
        }
        long over = -remainingMs / 1000;
        return "+" + over / 60 + ":" + pad(over % 60);
    }

    /** Normal, amber in the last stretch of a phase (a tenth of it, at least 30 s), red in overtime. */
    static TimerState state(long remainingMs, long phaseMs) {
        if (remainingMs < 0) {
            return TimerState.OVERTIME;
        }
        return remainingMs <= Math.max(30_000, phaseMs / 10) ? TimerState.WARNING : TimerState.NORMAL;
    }

    private static String pad(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    enum TimerState { NORMAL, WARNING, OVERTIME }
}
