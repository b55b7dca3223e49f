package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Palette;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** The canvas's colours for one theme: the model's palette tokens plus background, grid and selection. */
final class BoardColours {
    private final Map<Palette, Color> strokes = new EnumMap<>(Palette.class);
    private final Map<Palette, Color> fills = new EnumMap<>(Palette.class);
    private Palette.Theme theme;
    private Color background;
    private Color grid;
    private Color gridMajor;
    private Color accent;

    BoardColours(Palette.Theme theme) {
        use(theme);
    }

    /** Switches every colour to this theme's; painters sharing this object draw in it from their next paint. */
    void use(Palette.Theme wanted) {
        theme = wanted;
        for (Palette p : Palette.values()) {
            strokes.put(p, Color.web(p.strokeHex(wanted)));
            fills.put(p, Color.web(p.fillHex(wanted)));
        }
        boolean dark = wanted == Palette.Theme.DARK;
        background = Color.web(dark ? "#161719" : "#ffffff");
        grid = Color.web(dark ? "#222326" : "#f1f3f5");
        gridMajor = Color.web(dark ? "#2c2e33" : "#e4e7eb");
        accent = Color.web(dark ? "#8da2fb" : "#4c6ef5");
    }

    Palette.Theme theme() {
        return theme;
    }

    Color stroke(Palette p) {
        return strokes.get(p);
    }

    /** The fill of a closed shape, or null for none. */
    Color fill(Palette p) {
        return p.isNone() ? null : fills.get(p);
    }

    Color background() {
        return background;
    }

    Color grid() {
        return grid;
    }

    Color gridMajor() {
        return gridMajor;
    }

    /** Selection, handles, hover and arrow-target highlights. */
    Color accent() {
        return accent;
    }
}
