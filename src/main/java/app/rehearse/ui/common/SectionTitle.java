package app.rehearse.ui.common;

import javafx.scene.control.Label;

/**
 * The heading of a section inside a page (style class {@code section-title}); in a narrow pane or at a large text
 * size it wraps between its words rather than being cut.
 */
public final class SectionTitle {
    private SectionTitle() {}

    public static Label of(String text) {
        return Texts.wrappedBetweenWords(text, "section-title");
    }
}
