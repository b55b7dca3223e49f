package app.rehearse.stories;

import app.rehearse.stories.StarTiming.Part;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Times a spoken STAR answer as the speaker marks each part: the answer starts with the first mark
 * and ends at {@link #stop}. Marking a part again moves its mark; the clock is the caller's (in
 * milliseconds), so a paused session can stop it and tests can drive it.
 */
public final class SpeakingTimer {
    private final LongSupplier millis;
    private final Map<Part, Long> marks = new EnumMap<>(Part.class);
    private long startedAt = -1;
    private long endedAt = -1;
    private Part current;

    public SpeakingTimer(LongSupplier millis) {
        this.millis = millis;
    }

    /** The speaker moved on to {@code part}; the first mark starts the answer, and a mark after a stop resumes it. */
    public void mark(Part part) {
        long now = millis.getAsLong();
        if (startedAt < 0) {
            startedAt = now;
        }
        endedAt = -1;
        marks.put(part, now - startedAt);
        current = part;
    }

    public void stop() {
        if (startedAt >= 0 && endedAt < 0) {
            endedAt = millis.getAsLong();
        }
    }

    public boolean isRunning() {
        return startedAt >= 0 && endedAt < 0;
    }

    public Optional<Part> current() {
        return isRunning() ? Optional.ofNullable(current) : Optional.empty();
    }

    /** Milliseconds since the answer began, up to its end once stopped; 0 before the first mark. */
    public long elapsed() {
        if (startedAt < 0) {
            return 0;
        }
        return (endedAt >= 0 ? endedAt : millis.getAsLong()) - startedAt;
    }

    /** The answer so far, or as it ended; empty before the first mark. */
    public Optional<SpokenAnswer> answer() {
        return startedAt < 0 ? Optional.empty() : Optional.of(new SpokenAnswer(marks, elapsed()));
    }
}
