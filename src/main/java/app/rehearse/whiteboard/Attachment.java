package app.rehearse.whiteboard;

import java.util.Objects;

/** One end of an arrow bound to a shape: the arrow re-routes whenever that shape moves or resizes. */
public record Attachment(ShapeId shape, Anchor anchor) {
    public Attachment {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(anchor, "anchor");
    }

    public static Attachment centreOf(ShapeId shape) {
        return new Attachment(shape, Anchor.CENTRE);
    }
}
