package app.rehearse.whiteboard;

import java.util.Locale;

/**
 * Pan and zoom: screen = board × scale + offset. Immutable; each gesture returns the next viewport.
 * Zoom is kept between {@link #MIN_SCALE} and {@link #MAX_SCALE}.
 */
public record Viewport(double scale, double offsetX, double offsetY) {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** One step of the zoom buttons and Ctrl+wheel. */
    public static final double ZOOM_STEP = 1.2;
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE) || !Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new IllegalArgumentException("bad viewport " + scale + " @ " + offsetX + ", " + offsetY);
        }
    }

    public Point toScreen(Point board) {
        return new Point(screenX(board.x()), screenY(board.y()));
    }

    /** Where board x lands on screen; with {@link #screenY}, for painting many points without making them. */
    public double screenX(double boardX) {
        return boardX * scale + offsetX;
    }

    public double screenY(double boardY) {
        return boardY * scale + offsetY;
    }

    public Point toBoard(Point screen) {
        return new Point((screen.x() - offsetX) / scale, (screen.y() - offsetY) / scale);
    }

    /** The part of the board visible in a view of this size: what to query for painting. */
    public Rect visibleArea(double viewWidth, double viewHeight) {
        return new Rect(-offsetX / scale, -offsetY / scale, viewWidth / scale, viewHeight / scale);
    }

    /** A distance on screen (say, a 6-pixel pick tolerance) in board units. */
    public double toBoardDistance(double screenDistance) {
        return screenDistance / scale;
    }

    public Viewport panBy(double screenDx, double screenDy) {
        return new Viewport(scale, offsetX + screenDx, offsetY + screenDy);
    }

    /** Zooms by {@code factor} keeping the board point under {@code screenAnchor} where it is. */
    public Viewport zoomAt(double factor, Point screenAnchor) {
        double next = clamp(scale * factor);
        Point fixed = toBoard(screenAnchor);
        return new Viewport(next, screenAnchor.x() - fixed.x() * next, screenAnchor.y() - fixed.y() * next);
    }

    /**
     * Shows all of {@code content} centred in the view with {@code margin} screen pixels around it,
     * never zooming in past 100% (a small diagram is not blown up).
     */
    public static Viewport fit(Rect content, double viewWidth, double viewHeight, double margin) {
        double w = Math.max(1, viewWidth - 2 * margin);
        double h = Math.max(1, viewHeight - 2 * margin);
        double s = clamp(Math.min(1, Math.min(w / Math.max(content.width(), 1e-9), h / Math.max(content.height(),
                1e-9))));
        Point c = content.centre();
        return new Viewport(s, viewWidth / 2 - c.x() * s, viewHeight / 2 - c.y() * s);
    }

    /** The zoom as the label shows it, e.g. "100%". */
    public String zoomPercent() {
        return String.format(Locale.ROOT, "%d%%", Math.round(scale * 100));
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
