package app.rehearse.grading;

import java.util.Objects;
import java.util.Optional;

/**
 * The score of one checklist row. The row remembers whether its dimension was stressed so a
 * stored grade keeps its score even if the question or the checklist changes later.
 *
 * @param level empty while the row is unscored (unscored rows do not count)
 * @param note an optional one-line remark; line breaks become spaces, blank means none
 */
public record ChecklistScore(String dimensionId, boolean stressed, Optional<ChecklistLevel> level, Optional<String> note) {
    public ChecklistScore {
        Objects.requireNonNull(dimensionId, "dimensionId");
        Objects.requireNonNull(level, "level");
        note = note.map(ChecklistScore::oneLine).filter(n -> !n.isEmpty());
    }

    public static ChecklistScore unscored(String dimensionId, boolean stressed) {
        return new ChecklistScore(dimensionId, stressed, Optional.empty(), Optional.empty());
    }

    public boolean scored() {
        return level.isPresent();
    }

    public ChecklistScore withLevel(Optional<ChecklistLevel> newLevel) {
        return new ChecklistScore(dimensionId, stressed, newLevel, note);
    }

    public ChecklistScore withNote(String newNote) {
        return new ChecklistScore(dimensionId, stressed, level, Optional.ofNullable(newNote));
    }

    static String oneLine(String text) {
        return text.replaceAll("\\R+", " ").strip();
    }
}
