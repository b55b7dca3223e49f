package app.rehearse.ui.common;

import javafx.scene.control.Label;

/** The heading of a section inside a page (style class {@code section-title}). */
public final class SectionTitle {
    private SectionTitle() {}

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
