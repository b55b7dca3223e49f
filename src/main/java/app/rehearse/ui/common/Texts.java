package app.rehearse.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

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

    /**
     * A wrapping label that narrows to its widest word and no further: a tight column then wraps between words
     * instead of breaking one in the middle ("Requirement|s"), whatever font and size the theme gives it.
     */
    public static Label wrappedBetweenWords(String text, String... styleClasses) {
        Label label = wrapped(text, styleClasses);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> widestWord(label.getText(), label.getFont())
                + label.getInsets().getLeft() + label.getInsets().getRight(),
                label.textProperty(), label.fontProperty(), label.insetsProperty()));
        return label;
    }

    /**
     * Keeps a label as wide as {@code widest} needs in the label's own font, whatever it shows now: text that
     * changes (a score after "Not graded yet") then never moves what is beside it, at any text size.
     */
    public static void wideEnoughFor(Label label, String widest) {
        DoubleBinding needed = Bindings.createDoubleBinding(() -> width(widest, label.getFont())
                + label.getInsets().getLeft() + label.getInsets().getRight(), label.fontProperty(), label.insetsProperty());
        label.minWidthProperty().bind(needed);
        label.prefWidthProperty().bind(needed);
    }

    /** The width of the widest word of {@code text} in {@code font}, rounded up to whole pixels. */
    private static double widestWord(String text, Font font) {
        double widest = 0;
        for (String word : text == null ? new String[0] : text.split("\\s+")) {
            widest = Math.max(widest, width(word, font));
        }
        return widest;
    }

    /** The width of {@code text} on one line in {@code font}, rounded up to whole pixels. */
    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
