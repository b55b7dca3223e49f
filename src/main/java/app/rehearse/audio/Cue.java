package app.rehearse.audio;

import java.util.Objects;

/**
 * A named moment on a recording's timeline, such as the user moving on to the "action" part of a STAR
 * answer. Times are audio time from the start of the recording, so they stay right however long the
 * recording took to make.
 */
public record Cue(String label, long millis) {
    public Cue {
        Objects.requireNonNull(label, "label");
        if (millis < 0) {
            throw new IllegalArgumentException("a cue cannot come before the recording starts: " + millis + " ms");
        }
    }
}
