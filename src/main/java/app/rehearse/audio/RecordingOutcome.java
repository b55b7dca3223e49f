package app.rehearse.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How a recording ended: saved (perhaps cut off at the length cap) or failed, with words for the user. */
public sealed interface RecordingOutcome permits RecordingOutcome.Saved, RecordingOutcome.Failed {

    /** The recording is at {@code file}; {@code capped} means it reached the length limit and was stopped there. */
    record Saved(Path file, long durationMs, List<Cue> cues, boolean capped) implements RecordingOutcome {
        public Saved {
            Objects.requireNonNull(file, "file");
            cues = List.copyOf(cues);
        }

        /** What to tell the user beyond "saved", or empty when there is nothing to add. */
        public Optional<String> notice() {
            if (!capped) {
                return Optional.empty();
            }
            long seconds = durationMs / 1000;
            String limit = String.format("%d:%02d", seconds / 60, seconds % 60);
            return Optional.of("Recording stopped at the " + limit + " limit; what you said up to then is kept.");
        }
    }

    /** Nothing was kept; {@code message} says why in the user's terms, {@code cause} is for the log. */
    record Failed(String message, Throwable cause) implements RecordingOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
