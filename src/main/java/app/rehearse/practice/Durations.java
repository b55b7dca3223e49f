package app.rehearse.practice;

/** The one way durations are written for people: {@code m:ss}, from an hour up {@code h:mm:ss}. */
public final class Durations {
    private Durations() {}

    /** Elapsed time, rounded down to the second; negative values read as zero. */
    public static String clock(long ms) {
        long seconds = Math.max(0, ms) / 1000;
        long hours = seconds / 3600;
        String minutesSeconds = (hours > 0 ? pad(seconds % 3600 / 60) : Long.toString(seconds / 60)) + ":"
                + pad(seconds % 60);
        return hours > 0 ? hours + ":" + minutesSeconds : minutesSeconds;
    }

    /** A countdown: time left rounded up (it reads 0:00 only when the time is up), overtime as {@code +m:ss}. */
    public static String countdown(long remainingMs) {
        return remainingMs >= 0 ? clock((remainingMs + 999) / 1000 * 1000) : "+" + clock(-remainingMs);
    }

    private static String pad(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
