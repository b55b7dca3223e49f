package app.rehearse.ui.common;

import javafx.scene.control.Label;

/** Labels that wrap their text and keep the height it needs, so a narrow column never cuts a sentence short. */
public final class Texts {
    private Texts() {}

    public static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
