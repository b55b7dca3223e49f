package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Point;

/**
 * One pointer sample as the editor sees it: where on screen (pixels from the canvas's top-left),
 * where that is on the board, and the modifier keys held.
 */
record Pointer(Point screen, Point board, boolean shift, boolean alt) {
    /** Whether positions should snap to the grid: Alt held frees them, as in most drawing tools. */
    boolean snaps() {
        return !alt;
    }
}
