package app.rehearse.whiteboard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The board's own clipboard (copy, cut and paste within a session). Each paste of the same content
 * lands one step further down and to the right, so repeated pastes fan out instead of stacking.
 */
public final class Clipboard {
    /** How far each successive paste is offset, in board units. */
    public static final double PASTE_STEP = Grid.DEFAULT_SPACING;

    private ClipboardContent content = new ClipboardContent(List.of());
    private int pastes;

    /** Copies the shapes with these ids (ignored if none are on the board). */
    public void copy(Board board, Collection<ShapeId> ids) {
        ClipboardContent copied = ClipboardContent.of(board, ids);
        if (!copied.isEmpty()) {
            content = copied;
            pastes = 0;
        }
    }

    /** Copies the shapes and returns the command that deletes them; execute it to finish a cut. */
    public Command cut(Board board, Collection<ShapeId> ids) {
        copy(board, ids);
        return Commands.remove(ids);
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    public Optional<ClipboardContent> content() {
        return content.isEmpty() ? Optional.empty() : Optional.of(content);
    }

    /** The command pasting the content once more, offset from the originals. */
    public Command paste() {
        pastes++;
        return Commands.paste(content, pastes * PASTE_STEP, pastes * PASTE_STEP);
    }

    /** The command pasting the content centred on {@code centre} (e.g. under the pointer). */
    public Command pasteAt(Point centre) {
        Rect bounds = content.bounds().orElse(new Rect(centre.x(), centre.y(), 0, 0));
        return Commands.paste(content, centre.x() - bounds.centre().x(), centre.y() - bounds.centre().y());
    }
}
