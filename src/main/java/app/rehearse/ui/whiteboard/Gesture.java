package app.rehearse.ui.whiteboard;

/**
 * One press-drag-release in progress. It previews while dragging and changes the board at most
 * once, on release, so each gesture is a single undo step.
 */
interface Gesture {
    void drag(Pointer pointer);

    void release(Pointer pointer);

    /** What to paint over the board meanwhile. */
    default Preview preview() {
        return Preview.NONE;
    }

    default PointerShape pointer() {
        return PointerShape.CROSSHAIR;
    }
}
