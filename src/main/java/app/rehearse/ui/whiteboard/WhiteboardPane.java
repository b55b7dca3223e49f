package app.rehearse.ui.whiteboard;

import app.rehearse.storage.AtomicFiles;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.Looks;
import app.rehearse.ui.common.Shortcut;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.whiteboard.BoardListener;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Whiteboard;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A session's whiteboard: toolbar on top, the component palette on the left (editable boards only)
 * and the board canvas. The caller sets the node id ({@code #whiteboard} in a session), listens
 * with {@link #setOnChanged} to schedule its autosave, and may call {@link #exportPng} when the
 * session ends. The pane writes no file except a PNG the user or caller asks for.
 */
public final class WhiteboardPane extends BorderPane {
    private static final String STYLESHEET = "whiteboard.css";
    /** Narrower than this (pixels), the palette shows icons only so the board keeps its room. */
    private static final double COMPACT_BELOW = 720;

    private final Whiteboard whiteboard;
    private final Dialogs dialogs;
    private final UiTasks tasks;
    private final BoardEditor editor;
    private final BoardCanvas canvas;
    private final WhiteboardToolbar toolbar;
    private final StencilPalette palette;
    private final BoardListener changeListener = delta -> fireChanged();
    private final BoardColours colours;
    private final ListChangeListener<String> lookChanged = change -> followLook();
    private final Label status = new Label();
    private final PauseTransition statusTimeout = new PauseTransition(Duration.seconds(4));
    private Runnable onChanged = () -> {};

    /**
     * @param editable false for review and grading: no tools or palette, only pan, zoom, fit and export
     * @param dialogs  asks where the Export PNG button writes
     */
    public WhiteboardPane(Whiteboard whiteboard, boolean editable, Dialogs dialogs, UiTasks tasks) {
        this(whiteboard, editable, dialogs, tasks, Palette.Theme.LIGHT);
    }

    /** @param tasks encodes and writes exported pictures off the FX thread */
    public WhiteboardPane(Whiteboard whiteboard, boolean editable, Dialogs dialogs, UiTasks tasks,
            Palette.Theme theme) {
        this.whiteboard = Objects.requireNonNull(whiteboard, "whiteboard");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        getStyleClass().add("whiteboard-pane");
        getStylesheets().add(Objects.requireNonNull(WhiteboardPane.class.getResource(STYLESHEET)).toExternalForm());

        LabelLayout labels = new LabelLayout();
        colours = new BoardColours(theme);
        BoardPainter painter = new BoardPainter(colours, labels);
        editor = new BoardEditor(whiteboard, labels::measureFreeText, editable);
        canvas = new BoardCanvas(editor, painter);

        ToggleButton paletteToggle = new ToggleButton();
        paletteToggle.setId("stencilToggle");
        paletteToggle.setSelected(true);
        toolbar = new WhiteboardToolbar(editor, this::exportToChosenFile, paletteToggle, colours::theme);
        setTop(toolbar);

        status.getStyleClass().add("whiteboard-status");
        status.setId("whiteboardStatus");
        status.setVisible(false);
        status.setMouseTransparent(true);
        StackPane.setAlignment(status, Pos.BOTTOM_LEFT);
        StackPane.setMargin(status, new Insets(8));
        statusTimeout.setOnFinished(e -> status.setVisible(false));
        StackPane centre = new StackPane(canvas, status);
        centre.setMinSize(0, 0);
        setCenter(centre);

        if (editable) {
            palette = new StencilPalette(editor, canvas, painter.colours());
            palette.managedProperty().bind(palette.visibleProperty());
            palette.visibleProperty().bind(paletteToggle.selectedProperty());
            setLeft(palette);
            widthProperty().addListener((obs, old, width) -> palette.setCompact(width.doubleValue() < COMPACT_BELOW));
        } else {
            palette = null;
            getStyleClass().add("read-only");
        }
        editor.addListener(this::syncChrome);
        // The app's look is on its window's root (see Looks): the board follows it, now and when it changes.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null && old.getRoot() != null) {
                old.getRoot().getStyleClass().removeListener(lookChanged);
            }
            if (scene != null && scene.getRoot() != null) {
                scene.getRoot().getStyleClass().addListener(lookChanged);
            }
            followLook();
        });
        whiteboard.board().addListener(changeListener);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof TextInputControl) && WhiteboardKeys.pressed(e, editor)) {
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (!(e.getTarget() instanceof TextInputControl) && WhiteboardKeys.released(e, editor)) {
                e.consume();
            }
        });
        setMinSize(0, 0);
    }

    /** The board's keyboard shortcuts, for the help screen. */
    public static List<Shortcut> shortcuts() {
        return WhiteboardKeys.shortcuts();
    }

    /** Pictures are light, for documents and printing, unless the user asked for dark ones in a dark window. */
    private Palette.Theme pictureTheme() {
        return Looks.picturesDark(getScene()) ? Palette.Theme.DARK : Palette.Theme.LIGHT;
    }

    private void followLook() {
        Palette.Theme wanted = Looks.isDark(getScene()) ? Palette.Theme.DARK : Palette.Theme.LIGHT;
        if (wanted != colours.theme()) {
            colours.use(wanted);
            canvas.requestRepaint();
            if (palette != null) {
                palette.recolour(colours);
            }
            toolbar.recolour();
        }
    }

    /** Adds a control at the end of the toolbar, for the screen the board sits in (folding it away). */
    public void addToToolbar(Node control) {
        toolbar.addGroup(control);
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
    }

    public Whiteboard whiteboard() {
        return whiteboard;
    }

    public boolean isEditable() {
        return editor.isEditable();
    }

    /**
     * The whole drawing on white with a margin, at 100% or scaled down to about {@code maxPixels}.
     * It is rendered on the FX thread a tile per pulse; {@code ready} then gets an encoder that turns
     * it into PNG bytes on any thread.
     */
    public void renderPicture(double maxPixels, Consumer<Callable<byte[]>> ready) {
        PngRenderer.renderInSteps(whiteboard.board(), new BoardPainter(pictureTheme()), maxPixels,
                picture -> ready.accept(picture::png));
    }

    /**
     * Renders the drawing a tile per pulse, then encodes and writes it atomically to {@code target}
     * in the background; the status line says when it is there.
     */
    public void exportPng(Path target) {
        showStatus("Exporting\u2026");
        renderPicture(PngRenderer.MAX_PIXELS, picture -> tasks.run(() -> {
            AtomicFiles.write(target, picture.call());
            return target;
        }, written -> showStatus("Exported " + written.getFileName()),
                e -> showStatus("Could not export: " + Objects.requireNonNullElse(e.getMessage(), e.toString()))));
    }

    /** Zooms and pans so the whole drawing is in view. */
    public void zoomToFit() {
        editor.zoomToFit();
    }

    /** Stops listening to the whiteboard; call when the pane is thrown away but the whiteboard lives on. */
    public void dispose() {
        whiteboard.board().removeListener(changeListener);
        editor.dispose();
    }

    BoardEditor editor() {
        return editor;
    }

    BoardCanvas boardCanvas() {
        return canvas;
    }

    private void exportToChosenFile() {
        Optional<Path> target = dialogs.chooseFileToSave("Export whiteboard as PNG", Dialogs.FileKind.PNG_IMAGE,
                "whiteboard.png");
        if (target.isEmpty()) {
            return;
        }
        exportPng(target.get());
        canvas.canvas().requestFocus();
    }

    private void showStatus(String message) {
        status.setText(message);
        status.setVisible(true);
        statusTimeout.playFromStart();
    }

    private void syncChrome() {
        toolbar.sync();
        if (palette != null) {
            palette.sync();
        }
    }

    private void fireChanged() {
        onChanged.run();
    }
}
