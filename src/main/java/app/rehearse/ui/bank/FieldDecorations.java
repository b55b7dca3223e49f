package app.rehearse.ui.bank;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Marks fields in place: the theme's danger border, and the messages as the field's tooltip, so a
 * person sees which field is wrong and, pointing at it, why. The messages are also listed beside
 * the form; nothing here depends on a skin being there.
 */
final class FieldDecorations {
    /** What each control shows now, and the tooltip it had before it was marked. */
    private final Map<Control, String> marked = new HashMap<>();
    private final Map<Control, Tooltip> before = new HashMap<>();

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
        if (!marked.containsKey(control)) {
            before.put(control, control.getTooltip());
        }
        marked.put(control, message);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        Tooltip tip = new Tooltip(message);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        control.setTooltip(tip);
    }

    private void clear(Control control) {
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        control.setTooltip(before.remove(control));
        marked.remove(control);
    }
}
