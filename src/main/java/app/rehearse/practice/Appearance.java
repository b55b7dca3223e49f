package app.rehearse.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the window looks: light, dark or as the system is set, how large its text is, and whether exported
 * board pictures follow a dark theme (they stay light by default, for printing and documents).
 */
public record Appearance(Theme theme, TextSize textSize, boolean darkPictures) {
    public static final Appearance DEFAULT = new Appearance(Theme.SYSTEM, TextSize.SYSTEM, false);

    public enum Theme {
        LIGHT("Light"), DARK("Dark"), SYSTEM("Follow the system");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Theme> fromId(String id) {
            return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
        }
    }

    /** The text size, as a percentage of the theme's own; {@link #SYSTEM} follows the system's font size. */
    public enum TextSize {
        SYSTEM(0, "Follow the system"), NORMAL(100, "100%"), LARGER(125, "125%"), LARGEST(150, "150%");

        private final int percent;
        private final String label;

        TextSize(int percent, String label) {
            this.percent = percent;
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The percentage, or 0 for {@link #SYSTEM}. */
        public int percent() {
            return percent;
        }

        public String id() {
            return percent == 0 ? "system" : String.valueOf(percent);
        }

        public static Optional<TextSize> fromId(String id) {
            return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
        }
    }

    public Appearance withTheme(Theme value) {
        return new Appearance(value, textSize, darkPictures);
    }

    public Appearance withTextSize(TextSize value) {
        return new Appearance(theme, value, darkPictures);
    }

    public Appearance withDarkPictures(boolean value) {
        return new Appearance(theme, textSize, value);
    }
}
