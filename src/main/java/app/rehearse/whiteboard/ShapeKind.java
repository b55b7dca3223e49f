package app.rehearse.whiteboard;

import java.util.Optional;

/** What a shape is; decides which of {@link Shape}'s fields matter and how it is hit and drawn. */
public enum ShapeKind {
    RECTANGLE("rectangle", "rectangle"),
    ELLIPSE("ellipse", "ellipse"),
    TEXT("text", "text"),
    PEN("pen", "drawing"),
    ARROW("arrow", "arrow"),
    STENCIL("stencil", "component");

    private static final ShapeKind[] VALUES = values();

    private final String id;
    private final String noun;

    ShapeKind(String id, String noun) {
        this.id = id;
        this.noun = noun;
    }

    /** The word used in whiteboard.json. */
    public String id() {
        return id;
    }

    /** How an undo label names one such shape ("Add rectangle"). */
    public String noun() {
        return noun;
    }

    /** Pen strokes and arrows are defined by their points; their bounds follow from them. */
    public boolean isDefinedByPoints() {
        return this == PEN || this == ARROW;
    }

    /** Arrows may attach to every kind of shape except other arrows. */
    public boolean acceptsArrows() {
        return this != ARROW;
    }

    public static Optional<ShapeKind> fromId(String id) {
        for (ShapeKind candidate : VALUES) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
