package app.rehearse.whiteboard;

/** The stable name of one shape on one board; arrows refer to shapes by it. */
public record ShapeId(String value) implements Comparable<ShapeId> {
    public static final int MAX_LENGTH = 64;

    public ShapeId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a shape id must be 1 to " + MAX_LENGTH + " characters, got \"" + value
                    + "\"");
        }
    }

    @Override
    public int compareTo(ShapeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
