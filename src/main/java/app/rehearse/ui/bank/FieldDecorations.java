package app.rehearse.ui.bank;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks fields in place: a ControlsFX error icon whose tooltip holds the messages, and the theme's
 * danger border. ControlsFX puts the icon into the control's skin, so the icon is added once the
 * control has one (when it is first shown); the border shows at once.
 */
final class FieldDecorations {
    private final ValidationDecoration graphic = new GraphicValidationDecoration();
    /** What each control shows now (or will show once it has a skin). */
    private final Map<Control, String> marked = new HashMap<>();
    private final Set<Control> decorated = new HashSet<>();
    private final Set<Control> awaitingSkin = new HashSet<>();

    /** Shows exactly these messages, one per control, removing every other mark. */
    void show(Map<Control, String> messages) {
        for (Control control : Set.copyOf(marked.keySet())) {
            if (!Objects.equals(messages.get(control), marked.get(control))) {
                clear(control);
            }
        }
        messages.forEach((control, message) -> {
            if (!message.equals(marked.get(control))) {
                mark(control, message);
            }
        });
    }

    boolean isMarked(Control control) {
        return marked.containsKey(control);
    }

    private void mark(Control control, String message) {
        marked.put(control, message);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        if (control.getSkin() != null) {
            decorate(control, message);
        } else if (awaitingSkin.add(control)) {
            control.skinProperty().addListener((obs, old, skin) -> {
                String pending = marked.get(control);
                if (skin != null && pending != null && !decorated.contains(control)) {
                    decorate(control, pending);
                }
            });
        }
    }

    private void decorate(Control control, String message) {
        graphic.removeDecorations(control);
        graphic.applyValidationDecoration(ValidationMessage.error(control, message));
        decorated.add(control);
    }

    private void clear(Control control) {
        if (decorated.remove(control)) {
            graphic.removeDecorations(control);
        }
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        marked.remove(control);
    }
}
