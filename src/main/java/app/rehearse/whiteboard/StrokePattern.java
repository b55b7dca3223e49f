package app.rehearse.whiteboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Solid or dashed lines; dashed arrows conventionally mean asynchronous flows in system diagrams. */
public enum StrokePattern {
    SOLID,
    DASHED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StrokePattern> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
