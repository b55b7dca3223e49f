package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;

/** Drags the view (middle button, space held, or any drag in read-only mode). */
final class PanGesture implements Gesture {
    private final Camera camera;
    private Point last;

    PanGesture(Camera camera, Point screen) {
        this.camera = camera;
        this.last = screen;
    }

    @Override
    public void drag(Pointer pointer) {
        camera.panBy(pointer.screen().x() - last.x(), pointer.screen().y() - last.y());
        last = pointer.screen();
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
    }

    @Override
    public PointerShape pointer() {
        return PointerShape.GRABBING;
    }
}
