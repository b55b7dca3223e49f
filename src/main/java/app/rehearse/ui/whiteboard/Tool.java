package app.rehearse.ui.whiteboard;

/** The drawing tools, each with its toolbar id, name and single-letter shortcut. */
enum Tool {
    SELECT("toolSelect", "Select", "V", false),
    PEN("toolPen", "Pen", "P", false),
    RECTANGLE("toolRect", "Rectangle", "R", true),
    ELLIPSE("toolEllipse", "Ellipse", "O", true),
    ARROW("toolArrow", "Arrow / connector", "A", false),
    TEXT("toolText", "Text", "T", true),
    ERASER("toolEraser", "Eraser", "E", false);

    private final String nodeId;
    private final String title;
    private final String shortcut;
    private final boolean oneShot;

    Tool(String nodeId, String title, String shortcut, boolean oneShot) {
        this.nodeId = nodeId;
        this.title = title;
        this.shortcut = shortcut;
        this.oneShot = oneShot;
    }

    /** The CSS id of the tool's toolbar button. */
    String nodeId() {
        return nodeId;
    }

    String title() {
        return title;
    }

    /** The key that picks the tool (no modifiers). */
    String shortcut() {
        return shortcut;
    }

    /**
     * Whether the editor goes back to Select after one shape, so the new shape can be named or
     * resized at once. Pen, eraser and arrow stay: strokes, erasing and connecting come in runs.
     */
    boolean isOneShot() {
        return oneShot;
    }
}
