package app.rehearse.ui.whiteboard;

/** Which mouse cursor suits what the pointer would do now; the view maps it to a JavaFX cursor. */
enum PointerShape {
    DEFAULT, CROSSHAIR, MOVE, GRAB, GRABBING, TEXT, RESIZE_NS, RESIZE_EW, RESIZE_NWSE, RESIZE_NESW
}
