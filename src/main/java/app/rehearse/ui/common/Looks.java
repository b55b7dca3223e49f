package app.rehearse.ui.common;

import app.rehearse.practice.Appearance;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Puts the chosen look on every window of the app: AtlantaFX's Primer light or dark (JavaFX has one user-agent
 * stylesheet for the whole app), and the text size on each window's root. Views that draw their own pixels, such
 * as the whiteboard, read the look from their scene's root: the style class {@value #DARK} when the theme is dark,
 * and {@value #DARK_PICTURES} when exported pictures should be dark too.
 */
public final class Looks {
    public static final String DARK = "theme-dark";
    public static final String DARK_PICTURES = "pictures-dark";
    /** Primer's own text size, in pixels, which the percentages scale. */
    static final double THEME_FONT_SIZE = 14;
    /** The key, in a styled root's properties, of the text size last put on it. */
    private static final String TEXT_SIZE = "rehearse.textSize";

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyDoubleWrapper textScale = new ReadOnlyDoubleWrapper(this, "textScale", 1);
    private Appearance appearance = Appearance.DEFAULT;
    private boolean systemDark;
    private String stylesheet;

    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };

    public Looks() {
        Window.getWindows().addListener(newWindows);
    }

    /** Stops styling new windows (the app is stopping; another start makes its own). */
    public void close() {
        Window.getWindows().removeListener(newWindows);
    }

    /** Uses this look from now on, in every window; {@code systemPrefersDark} decides "follow the system". */
    public void use(Appearance look, boolean systemPrefersDark) {
        appearance = look;
        systemDark = systemPrefersDark;
        boolean isDark = look.theme() == Appearance.Theme.DARK || look.theme() == Appearance.Theme.SYSTEM && systemPrefersDark;
        String wanted = isDark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!wanted.equals(stylesheet)) {
            stylesheet = wanted;
            Application.setUserAgentStylesheet(wanted);
        }
        dark.set(isDark);
        textScale.set(rootFontSize() / THEME_FONT_SIZE);
        Window.getWindows().forEach(this::style);
    }

    /** The same look, with the system's answer to "dark?" changed (asked again when the user picks "follow"). */
    public void systemChanged(boolean systemPrefersDark) {
        use(appearance, systemPrefersDark);
    }

    /** The look in use. */
    public Appearance appearance() {
        return appearance;
    }

    public boolean systemPrefersDark() {
        return systemDark;
    }

    /**
     * The text size against the theme's own (1 at 100%, 1.5 at 150%): what widths set in pixels, such as a table
     * column's, are multiplied by so that their text still fits.
     */
    public ReadOnlyDoubleProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    /** Whether the window is dark now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Whether the scene shows the dark theme. */
    public static boolean isDark(Scene scene) {
        return hasClass(scene, DARK);
    }

    /** Whether pictures exported from the scene should be dark as well (the user's choice; light by default). */
    public static boolean picturesDark(Scene scene) {
        return hasClass(scene, DARK_PICTURES);
    }

    private static boolean hasClass(Scene scene, String styleClass) {
        return scene != null && scene.getRoot() != null && scene.getRoot().getStyleClass().contains(styleClass);
    }

    /** Styles a scene that is not in a window yet (the main window's, before it is shown). */
    public void style(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        toggle(root, DARK, dark.get());
        toggle(root, DARK_PICTURES, dark.get() && appearance.darkPictures());
        double pixels = rootFontSize();
        // The theme's own size needs no inline style, and a window with none opens without JavaFX's CSS parser.
        String size = pixels == THEME_FONT_SIZE ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", pixels);
        // Only a change of size while a dialog is open resizes it; a window keeps the size it opened at.
        Object before = root.getProperties().put(TEXT_SIZE, size);
        boolean resized = before != null && !before.equals(size);
        root.setStyle(size);
        // A dialog grows or shrinks with its text; the main window keeps the size the user gave it.
        Window window = scene.getWindow();
        if (resized && window instanceof Stage stage && stage.getOwner() != null && stage.isShowing()) {
            root.applyCss();
            stage.sizeToScene();
        }
    }

    private void style(Window window) {
        // Popups (menus, tooltips) take their look from the window they belong to.
        if (window instanceof Stage && window.getScene() != null) {
            style(window.getScene());
        }
    }

    private double rootFontSize() {
        return fontSize(appearance.textSize(), Font.getDefault().getSize(), System.getProperty("os.name", ""));
    }

    /**
     * The root text size: a chosen percentage of the theme's, or, following the system, the theme's scaled by how
     * much larger the system's own default font is than its usual size (13 px; 12 px on Windows), never smaller.
     */
    static double fontSize(Appearance.TextSize size, double systemFontSize, String osName) {
        if (size != Appearance.TextSize.SYSTEM) {
            return THEME_FONT_SIZE * size.percent() / 100.0;
        }
        double usual = osName.toLowerCase(Locale.ROOT).contains("win") ? 12 : 13;
        double scale = Math.max(1, Math.min(2, systemFontSize / usual));
        return Math.round(THEME_FONT_SIZE * scale * 2) / 2.0;
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
