package app.rehearse.whiteboard;

/** One of the two ends of an arrow. */
public enum ArrowTip {
    START(0),
    END(1);

    private final int index;

    ArrowTip(int index) {
        this.index = index;
    }

    /** The position of this end in {@link Shape#points()}. */
    public int index() {
        return index;
    }
}
