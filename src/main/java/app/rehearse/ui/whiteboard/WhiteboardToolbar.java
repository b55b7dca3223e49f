package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.StrokeWidth;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.Viewport;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The strip above the board: tools, the palette toggle, colour and width pickers, undo/redo, zoom
 * and export, in groups that wrap onto a second row when the pane is narrow. Read-only boards get
 * only the zoom and export group. {@link #sync()} brings every control in line with the editor.
 */
final class WhiteboardToolbar extends FlowPane {
    private final BoardEditor editor;
    private final Map<Tool, ToggleButton> tools = new EnumMap<>(Tool.class);
    private final Label zoomLabel = new Label();
    private Button undo;
    private Button redo;
    private MenuButton strokeColour;
    private MenuButton fillColour;
    private MenuButton strokeWidth;
    private Shown shown;
    private final Supplier<Palette.Theme> theme;
    private final Map<MenuItem, Region> swatches = new HashMap<>();

    /** What the controls last showed. */
    private record Shown(Tool tool, boolean armed, boolean canUndo, boolean canRedo, int undoDepth, int redoDepth,
            Style style) {}

    /** @param theme the board's theme, which the colour swatches show */
    WhiteboardToolbar(BoardEditor editor, Runnable onExport, ToggleButton paletteToggle, Supplier<Palette.Theme> theme) {
        this.editor = editor;
        this.theme = theme;
        getStyleClass().add("whiteboard-toolbar");
        setHgap(10);
        setVgap(4);
        if (editor.isEditable()) {
            HBox toolGroup = group();
            for (Tool tool : Tool.values()) {
                ToggleButton button = new ToggleButton();
                button.setId(tool.nodeId());
                button.setGraphic(icon("icon-" + tool.name().toLowerCase(Locale.ROOT)));
                button.setTooltip(new Tooltip(tool.title() + " (" + tool.shortcut() + ")"));
                button.setOnAction(e -> {
                    editor.setTool(tool);
                    sync();
                });
                tools.put(tool, plain(button));
                toolGroup.getChildren().add(button);
            }
            paletteToggle.setGraphic(icon("icon-components"));
            paletteToggle.setTooltip(new Tooltip("Show or hide the component palette"));
            toolGroup.getChildren().add(plain(paletteToggle));

            strokeColour = picker("strokeColourButton", "Stroke and text colour");
            fillColour = picker("fillColourButton", "Fill colour");
            strokeWidth = picker("strokeWidthButton", "Stroke width");
            for (Palette p : Palette.values()) {
                if (!p.isNone()) {
                    strokeColour.getItems().add(swatched(item(name(p), swatch(p, false),
                            () -> editor.actions().setStrokeColour(p))));
                }
                fillColour.getItems().add(swatched(item(p.isNone() ? "No fill" : name(p), swatch(p, true),
                        () -> editor.actions().setFillColour(p))));
            }
            for (StrokeWidth w : StrokeWidth.values()) {
                strokeWidth.getItems().add(item(name(w), widthSample(w), () -> editor.actions().setStrokeWidth(w)));
            }
            HBox styleGroup = group(strokeColour, fillColour, strokeWidth);

            undo = button("undoButton", "icon-undo", "Undo (Ctrl+Z)", () -> editor.actions().undo());
            redo = button("redoButton", "icon-redo", "Redo (Ctrl+Shift+Z)", () -> editor.actions().redo());
            getChildren().addAll(toolGroup, styleGroup, group(undo, redo));
        }
        zoomLabel.setId("zoomLabel");
        zoomLabel.getStyleClass().add("zoom-label");
        zoomLabel.setTooltip(new Tooltip("Click for 100%"));
        zoomLabel.setOnMouseClicked(e -> editor.camera().zoomToActualSize());
        getChildren().add(group(
                button("zoomOutButton", "icon-zoom-out", "Zoom out (Ctrl+-)",
                        () -> editor.camera().zoomBy(1 / Viewport.ZOOM_STEP)),
                zoomLabel,
                button("zoomInButton", "icon-zoom-in", "Zoom in (Ctrl+=)",
                        () -> editor.camera().zoomBy(Viewport.ZOOM_STEP)),
                button("zoomFitButton", "icon-fit", "Zoom to fit (Ctrl+0)", editor::zoomToFit),
                button("exportPngButton", "icon-export", "Export as PNG", onExport)));
        sync();
    }

    /** Shows the editor's tool, style, undo state and zoom (cheap when none of them changed, as on a hover). */
    void sync() {
        zoomLabel.setText(editor.camera().zoomPercent());
        if (!editor.isEditable()) {
            return;
        }
        Shown now = new Shown(editor.tool(), editor.armedStencil().isPresent(), editor.actions().canUndo(),
                editor.actions().canRedo(), editor.whiteboard().history().undoDepth(),
                editor.whiteboard().history().redoDepth(), editor.actions().shownStyle());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        tools.forEach((tool, button) -> button.setSelected(tool == editor.tool() && editor.armedStencil().isEmpty()));
        undo.setDisable(!editor.actions().canUndo());
        redo.setDisable(!editor.actions().canRedo());
        undo.getTooltip().setText(editor.whiteboard().history().undoName().map(n -> "Undo " + n).orElse("Undo")
                + " (Ctrl+Z)");
        redo.getTooltip().setText(editor.whiteboard().history().redoName().map(n -> "Redo " + n).orElse("Redo")
                + " (Ctrl+Shift+Z)");
        Style style = editor.actions().shownStyle();
        strokeColour.setGraphic(swatch(style.stroke(), false));
        fillColour.setGraphic(swatch(style.fill(), true));
        strokeWidth.setGraphic(widthSample(style.width()));
    }

    void addGroup(Node... nodes) {
        getChildren().add(group(nodes));
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(2, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("toolbar-group");
        return box;
    }

    private static Button button(String id, String icon, String tip, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(icon(icon));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return plain(button);
    }

    private static MenuButton picker(String id, String tip) {
        MenuButton button = new MenuButton();
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return plain(button);
    }

    private MenuItem item(String text, Node graphic, Runnable action) {
        MenuItem item = new MenuItem(text, graphic);
        item.setOnAction(e -> {
            action.run();
            sync();
        });
        return item;
    }

    /**
     * Toolbar buttons never take the keyboard focus, so shortcuts keep going to the board; each tool, undo, redo
     * and the zoom have keys of their own (see help).
     */
    private static <B extends ButtonBase> B plain(B button) {
        button.setFocusTraversable(false);
        // Icon-only: a screen reader says what the tooltip says (and follows it, as undo's names the edit).
        if (button.getTooltip() != null) {
            button.accessibleTextProperty().bind(button.getTooltip().textProperty());
        }
        button.getStyleClass().addAll("flat", "toolbar-button");
        return button;
    }

    static Region icon(String styleClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll("wb-icon", styleClass);
        return icon;
    }

    /** The swatches show the colours as the board draws them: after a theme change, they are painted again. */
    void recolour() {
        swatches.forEach((item, swatch) -> item.setGraphic(swatch(colourOf(swatch), swatch.getStyleClass()
                .contains("swatch-fill"))));
        shown = null;
        sync();
    }

    private MenuItem swatched(MenuItem item) {
        swatches.put(item, (Region) item.getGraphic());
        return item;
    }

    private static Palette colourOf(Region swatch) {
        return (Palette) swatch.getUserData();
    }

    private Region swatch(Palette colour, boolean fill) {
        Region swatch = new Region();
        swatch.setUserData(colour);
        swatch.getStyleClass().addAll("swatch", fill ? "swatch-fill" : "swatch-stroke");
        if (colour.isNone()) {
            swatch.getStyleClass().add("swatch-none");
        } else {
            String hex = fill ? colour.fillHex(theme.get()) : colour.strokeHex(theme.get());
            swatch.setStyle("-fx-background-color: " + hex + ";");
        }
        return swatch;
    }

    private static Region widthSample(StrokeWidth width) {
        Region line = new Region();
        line.getStyleClass().add("width-sample");
        line.setMinHeight(width.units() + 0.5);
        line.setPrefHeight(width.units() + 0.5);
        line.setMaxHeight(width.units() + 0.5);
        return line;
    }

    private static String name(Enum<?> value) {
        String n = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
