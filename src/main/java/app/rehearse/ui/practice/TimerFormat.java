package app.rehearse.ui.practice;

import app.rehearse.practice.Durations;

/** How the countdown reads: {@code m:ss} left in the phase, {@code +m:ss} into overtime. */
final class TimerFormat {
    private TimerFormat() {}

    static String format(long remainingMs) {
        return Durations.countdown(remainingMs);
    }

    /** The time left as it is said: "5 minutes", "1 minute 30 seconds", "2 minutes over". */
    static String spoken(long remainingMs) {
        // Rounded up while counting down, as the clock shows 5:00 until a whole second has gone.
        long seconds = remainingMs >= 0 ? (remainingMs + 999) / 1000 : -remainingMs / 1000;
        long minutes = seconds / 60;
        long rest = seconds % 60;
        String words = (minutes > 0 ? minutes + (minutes == 1 ? " minute" : " minutes") : "")
                + (minutes > 0 && rest > 0 ? " " : "")
                + (rest > 0 || minutes == 0 ? rest + (rest == 1 ? " second" : " seconds") : "");
        return remainingMs < 0 ? words + " over" : words;
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
