package app.rehearse.ui.practice;

import app.rehearse.stories.StarNotes;
import app.rehearse.stories.StarNotes.Section;
import app.rehearse.stories.Story;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A behavioral session's notes as a STAR scaffold: new notes start with a heading per part, a picked
 * story fills the parts still empty, and a button per part puts the caret under its heading.
 */
final class StarNotesEditor {
    private TextArea notes;
    private Optional<Story> picked = Optional.empty();

    /** Starts empty notes as the scaffold, the caret under Situation; notes already written are kept. */
    void attach(TextArea area) {
        this.notes = area;
        if (area.getText().isBlank()) {
            area.setText(StarNotes.scaffold());
            StarNotes.caretAt(area.getText(), Section.SITUATION).ifPresent(area::positionCaret);
        }
    }

    /** The user picked a story (or none): its parts fill those still empty or still holding the last story's. */
    void pick(Optional<Story> story) {
        if (notes != null && story.isPresent()) {
            int caret = notes.getCaretPosition();
            notes.setText(StarNotes.fill(notes.getText(), picked, story.get()));
            notes.positionCaret(Math.min(caret, notes.getLength()));
        }
        picked = story;
    }

    /** One small button per part, for the notes' header. */
    HBox jumps(TextArea area) {
        HBox row = new HBox(2);
        for (Section section : Section.values()) {
            Button jump = new Button(section == Section.REFLECTION ? "Refl." : section.heading().substring(0, 1));
            jump.setId("starJump" + section.heading());
            jump.getStyleClass().addAll("flat", "star-jump");
            jump.setMinWidth(Region.USE_PREF_SIZE);
            jump.setTooltip(new Tooltip("Write under " + section.heading()));
            jump.setOnAction(e -> StarNotes.caretAt(area.getText(), section).ifPresent(at -> {
                area.requestFocus();
                area.positionCaret(at);
            }));
            row.getChildren().add(jump);
        }
        return row;
    }
}
