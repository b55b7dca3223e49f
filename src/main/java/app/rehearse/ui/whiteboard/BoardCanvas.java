package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Viewport;
import javafx.animation.AnimationTimer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;

/**
 * The drawing surface: a canvas that fills this pane, repainted at most once per pulse however
 * many events arrive, plus the in-place label editor. Pointer events go straight to the
 * {@link BoardEditor}; this class only converts them and paints.
 */
final class BoardCanvas extends Pane {
    /** Wheel notches are reported as 40 pixels on most platforms; one notch is one zoom step. */
    private static final double PIXELS_PER_NOTCH = 40;
    private static final double PREF_WIDTH = 640;
    private static final double PREF_HEIGHT = 480;

    private final Canvas canvas = new Canvas();
    private final BoardEditor editor;
    private final BoardPainter painter;
    private final OverlayPainter overlay;
    private final LabelField labelField;
    private final AnimationTimer pulse;
    private boolean dirty;
    private long paints;

    BoardCanvas(BoardEditor editor, BoardPainter painter) {
        this.editor = editor;
        this.painter = painter;
        this.overlay = new OverlayPainter(painter.colours());
        this.labelField = new LabelField(editor, () -> {
            canvas.requestFocus();
            requestRepaint();
        });
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                dirty = false;
                paintNow();
            }
        };
        getStyleClass().add("board-canvas");
        canvas.setId("boardCanvas");
        canvas.setFocusTraversable(true);
        // Sized by layoutChildren to fill this pane; unmanaged so its last size never props the pane open.
        canvas.setManaged(false);
        getChildren().addAll(canvas, labelField);
        setMinSize(0, 0);
        editor.addListener(this::requestRepaint);
        editor.setLabelEditor(labelField::open);
        wirePointer();
    }

    Canvas canvas() {
        return canvas;
    }

    /** How many frames have been painted (coalescing is tested by counting them). */
    long paints() {
        return paints;
    }

    /** Asks for one repaint at the next pulse; further requests before then are free. */
    void requestRepaint() {
        if (!dirty) {
            dirty = true;
            pulse.start();
        }
    }

    void paintNow() {
        paints++;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        painter.paint(gc, editor.board(), editor.camera().viewport(), w, h, editor.preview(), true,
                editor.editingLabel());
        overlay.paint(gc, editor);
        setCursor(cursor(editor.input().pointerShape()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return PREF_HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            editor.viewResized(w, h);
        }
    }

    private void wirePointer() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            labelField.commit();
            canvas.requestFocus();
            editor.input().press(at(e), button(e.getButton()), e.getClickCount(), e.isShiftDown(), e.isAltDown());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            editor.input().drag(at(e), e.isShiftDown(), e.isAltDown());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            editor.input().release(at(e), e.isShiftDown(), e.isAltDown());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> editor.input().hover(at(e)));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (!editor.isGesturing()) {
                editor.input().exit();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!editor.isEditable() && !e.isShortcutDown()) {
                // A board shown inside a page (review, grading, a reference) lets the wheel scroll the
                // page; Ctrl (Cmd) with the wheel, the zoom buttons or a pinch zoom it.
                return;
            }
            if (e.getDeltaY() != 0 && e.getTouchCount() == 0) {
                editor.camera().zoomAt(Math.pow(Viewport.ZOOM_STEP, e.getDeltaY() / PIXELS_PER_NOTCH),
                        new Point(e.getX(), e.getY()));
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            editor.camera().zoomAt(e.getZoomFactor(), new Point(e.getX(), e.getY()));
            e.consume();
        });
    }

    private static Point at(MouseEvent e) {
        return new Point(e.getX(), e.getY());
    }

    private static BoardEditor.Button button(MouseButton button) {
        switch (button) {
            case MIDDLE:
                return BoardEditor.Button.MIDDLE;
            case PRIMARY:
                return BoardEditor.Button.PRIMARY;
            default:
                return BoardEditor.Button.SECONDARY;
        }
    }

    private static Cursor cursor(PointerShape shape) {
        switch (shape) {
            case CROSSHAIR:
                return Cursor.CROSSHAIR;
            case MOVE:
                return Cursor.MOVE;
            case GRAB:
                return Cursor.OPEN_HAND;
            case GRABBING:
                return Cursor.CLOSED_HAND;
            case TEXT:
                return Cursor.TEXT;
            case RESIZE_NS:
                return Cursor.V_RESIZE;
            case RESIZE_EW:
                return Cursor.H_RESIZE;
            case RESIZE_NWSE:
                return Cursor.NW_RESIZE;
            case RESIZE_NESW:
                return Cursor.NE_RESIZE;
            default:
                return Cursor.DEFAULT;
        }
    }
}
