package app.rehearse.audio;

import java.nio.file.Path;
import java.util.List;

/** A recorded answer as read back from disk: its length and its marks in time order, to play as chapters. */
public record Recording(Path file, long durationMs, List<Cue> cues) {
    public Recording {
        cues = List.copyOf(cues);
    }
}
