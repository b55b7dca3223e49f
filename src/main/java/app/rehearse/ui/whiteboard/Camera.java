package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Viewport;
import java.util.Optional;

/**
 * The view onto the board: the current {@link Viewport} and the size of the area it fills, in
 * pixels. Every pan and zoom is reported to the listener given at construction (to repaint).
 */
final class Camera {
    /** Screen pixels kept around the content when zooming to fit. */
    static final double FIT_MARGIN = 40;

    private final Runnable changed;
    private Viewport viewport = Viewport.IDENTITY;
    private double width;
    private double height;

    Camera(Runnable changed) {
        this.changed = changed;
    }

    Viewport viewport() {
        return viewport;
    }

    void set(Viewport next) {
        viewport = next;
        changed.run();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void setSize(double newWidth, double newHeight) {
        width = Math.max(0, newWidth);
        height = Math.max(0, newHeight);
    }

    double scale() {
        return viewport.scale();
    }

    Point toBoard(Point screen) {
        return viewport.toBoard(screen);
    }

    Point toScreen(Point board) {
        return viewport.toScreen(board);
    }

    Rect toScreen(Rect board) {
        Point origin = toScreen(board.origin());
        return new Rect(origin.x(), origin.y(), board.width() * scale(), board.height() * scale());
    }

    Rect visibleArea() {
        return viewport.visibleArea(width, height);
    }

    void panBy(double dx, double dy) {
        set(viewport.panBy(dx, dy));
    }

    /** Zooms by {@code factor} keeping the board point under {@code screen} still (wheel, pinch). */
    void zoomAt(double factor, Point screen) {
        set(viewport.zoomAt(factor, screen));
    }

    /** Zooms about the middle of the view: the toolbar buttons and Ctrl+= / Ctrl+-. */
    void zoomBy(double factor) {
        zoomAt(factor, new Point(width / 2, height / 2));
    }

    /** Back to 100%, keeping the middle of the view where it is. */
    void zoomToActualSize() {
        zoomBy(1 / scale());
    }

    /** Shows all of {@code content}; with nothing to show, returns to 100% at the board's origin. */
    void fit(Optional<Rect> content) {
        if (content.isEmpty() || width <= 0 || height <= 0) {
            set(Viewport.IDENTITY);
        } else {
            set(Viewport.fit(content.get(), width, height, FIT_MARGIN));
        }
    }

    String zoomPercent() {
        return viewport.zoomPercent();
    }
}
