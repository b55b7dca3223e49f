package app.rehearse.whiteboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named colours a shape may use. The board stores only the name, so a diagram drawn in the
 * light theme reads just as well in the dark one: each token carries a stroke and a (paler) fill
 * shade for both themes, as CSS hex strings the view turns into colours.
 */
public enum Palette {
    /** No colour: a transparent fill. Not allowed as a stroke. */
    NONE("#00000000", "#00000000", "#00000000", "#00000000"),
    /** The default ink: near-black on light, near-white on dark. */
    INK("#1e1e1e", "#e9ecef", "#e9ecef", "#343a40"),
    GREY("#868e96", "#adb5bd", "#f1f3f5", "#495057"),
    RED("#e03131", "#ff8787", "#ffc9c9", "#5c2b2b"),
    ORANGE("#e8590c", "#ffa94d", "#ffd8a8", "#5c3d1e"),
    YELLOW("#f08c00", "#ffd43b", "#fff3bf", "#574a16"),
    GREEN("#2f9e44", "#69db7c", "#b2f2bb", "#1f4d2b"),
    TEAL("#0c8599", "#3bc9db", "#c5f6fa", "#124a52"),
    BLUE("#1971c2", "#74c0fc", "#a5d8ff", "#1c3d5a"),
    VIOLET("#6741d9", "#b197fc", "#d0bfff", "#3b2d63"),
    PINK("#c2255c", "#f783ac", "#fcc2d7", "#5a2740");

    /** Which application theme the board is shown in. */
    public enum Theme { LIGHT, DARK }

    private static final Map<String, Palette> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Palette::id, p -> p));

    private final String id = name().toLowerCase(Locale.ROOT);
    private final String strokeLight;
    private final String strokeDark;
    private final String fillLight;
    private final String fillDark;

    Palette(String strokeLight, String strokeDark, String fillLight, String fillDark) {
        this.strokeLight = strokeLight;
        this.strokeDark = strokeDark;
        this.fillLight = fillLight;
        this.fillDark = fillDark;
    }

    /** The colour for lines and text, e.g. {@code "#1971c2"}; {@code "#00000000"} for {@link #NONE}. */
    public String strokeHex(Theme theme) {
        return theme == Theme.DARK ? strokeDark : strokeLight;
    }

    /** The softer shade used to fill a closed shape. */
    public String fillHex(Theme theme) {
        return theme == Theme.DARK ? fillDark : fillLight;
    }

    public boolean isNone() {
        return this == NONE;
    }

    /** The word used in whiteboard.json. */
    public String id() {
        return id;
    }

    public static Optional<Palette> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
