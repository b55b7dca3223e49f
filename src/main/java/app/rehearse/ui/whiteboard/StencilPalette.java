package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.StrokePattern;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The column of system components. Click a tile and then the board to place one, or drag the tile
 * onto the board (a ghost shows where it will land). Each tile's id is {@code stencil-<id>}.
 */
final class StencilPalette extends ScrollPane {
    private static final PseudoClass ARMED = PseudoClass.getPseudoClass("armed");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final double ICON_WIDTH = 34;
    private static final double ICON_HEIGHT = 24;

    private final BoardEditor editor;
    private final BoardCanvas board;
    private final Map<Stencil, Label> tiles = new EnumMap<>(Stencil.class);
    /** Widths in units of the text size (172, 150 and 74 px at the theme's 14 px), so larger text gets room. */
    private static final double WIDTH_EM = 172 / 14.0;
    private static final double MIN_WIDTH_EM = 150 / 14.0;
    private static final double COMPACT_WIDTH_EM = 74 / 14.0;
    /** The title's size relative to the text (whiteboard.css). */
    private static final double TITLE_EM = 0.786;

    private final Label title = new Label("Components");
    private boolean compact;

    StencilPalette(BoardEditor editor, BoardCanvas board, BoardColours colours) {
        this.editor = editor;
        this.board = board;
        setId("stencilPalette");
        getStyleClass().add("stencil-palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox column = new VBox(2);
        column.getStyleClass().add("stencil-column");
        title.getStyleClass().add("stencil-title");
        title.fontProperty().addListener((obs, old, font) -> fitWidth());
        fitWidth();
        column.getChildren().add(title);
        for (Stencil stencil : Stencil.values()) {
            Label tile = tile(stencil, colours);
            tiles.put(stencil, tile);
            column.getChildren().add(tile);
        }
        setContent(column);
    }

    /** A narrow column with each name in small type under its icon, for when the whiteboard shares a small window. */
    void setCompact(boolean narrow) {
        if (narrow == compact) {
            return;
        }
        compact = narrow;
        fitWidth();
        pseudoClassStateChanged(COMPACT, narrow);
        title.setVisible(!narrow);
        title.setManaged(!narrow);
        for (Label tile : tiles.values()) {
            tile.setContentDisplay(narrow ? ContentDisplay.TOP : ContentDisplay.LEFT);
            tile.setAlignment(narrow ? Pos.CENTER : Pos.CENTER_LEFT);
            tile.setTextAlignment(narrow ? TextAlignment.CENTER : TextAlignment.LEFT);
            tile.setWrapText(narrow);
            tile.setGraphicTextGap(narrow ? 2 : 8);
        }
    }

    private void fitWidth() {
        double em = title.getFont().getSize() / TITLE_EM;
        setPrefWidth(em * (compact ? COMPACT_WIDTH_EM : WIDTH_EM));
        setMinWidth(em * (compact ? COMPACT_WIDTH_EM : MIN_WIDTH_EM));
    }

    /** Draws the icons again in the colours' current theme. */
    void recolour(BoardColours colours) {
        tiles.forEach((stencil, tile) -> tile.setGraphic(icon(stencil, colours)));
    }

    /** Marks the tile whose stencil the next click will place. */
    void sync() {
        Optional<Stencil> armed = editor.armedStencil();
        tiles.forEach((stencil, tile) -> tile.pseudoClassStateChanged(ARMED, armed.map(stencil::equals).orElse(false)));
    }

    private Label tile(Stencil stencil, BoardColours colours) {
        Label tile = new Label(stencil.displayName(), icon(stencil, colours));
        tile.setId("stencil-" + stencil.id());
        tile.getStyleClass().add("stencil-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.setGraphicTextGap(8);
        tile.setTooltip(new Tooltip(stencil.displayName()
                + ": click, then click the board; or drag it onto the board"));
        boolean[] dragged = {false};
        tile.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
        tile.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged[0] = true;
            editor.input().showStencilGhost(stencil, onBoard(e));
        });
        tile.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Optional<Point> drop = onBoard(e);
            if (dragged[0]) {
                editor.input().showStencilGhost(stencil, Optional.empty());
                drop.ifPresent(p -> {
                    editor.placeStencil(stencil, editor.input().pointer(p, e.isShiftDown(), e.isAltDown()));
                    board.canvas().requestFocus();
                });
            } else {
                editor.armStencil(stencil);
                board.canvas().requestFocus();
            }
            sync();
        });
        return tile;
    }

    /** Where the pointer is on the board canvas, if it is over it. */
    private Optional<Point> onBoard(MouseEvent e) {
        Point2D local = board.canvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        if (local == null || !board.canvas().getLayoutBounds().contains(local)) {
            return Optional.empty();
        }
        return Optional.of(new Point(local.getX(), local.getY()));
    }

    private static Canvas icon(Stencil stencil, BoardColours colours) {
        Canvas canvas = new Canvas(ICON_WIDTH, ICON_HEIGHT);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Rect natural = stencil.defaultBoundsAt(new Point(0, 0));
        double s = Math.min((ICON_WIDTH - 3) / natural.width(), (ICON_HEIGHT - 3) / natural.height());
        Rect box = Rect.centredAt(new Point(ICON_WIDTH / 2, ICON_HEIGHT / 2), natural.width() * s,
                natural.height() * s);
        gc.setStroke(colours.stroke(Palette.INK));
        gc.setLineWidth(1.2);
        if (stencil.defaultStyle().pattern() == StrokePattern.DASHED) {
            gc.setLineDashes(3, 2);
        }
        StencilOutlines.paint(gc, stencil.outline(), box, colours.fill(stencil.defaultStyle().fill()));
        return canvas;
    }
}
