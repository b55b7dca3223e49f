package app.rehearse.whiteboard;

/** Where a z-order command moves the selected shapes. */
public enum ZOrder {
    /** Above everything. */
    FRONT("Bring to front"),
    /** Just above the next overlapping shape above it. */
    FORWARD("Bring forward"),
    /** Just below the next overlapping shape beneath it. */
    BACKWARD("Send backward"),
    /** Beneath everything. */
    BACK("Send to back");

    private final String label;

    ZOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
