package app.rehearse.whiteboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Solid or dashed lines; dashed arrows conventionally mean asynchronous flows in system diagrams. */
public enum StrokePattern {
    SOLID,
    DASHED;

    private static final Map<String, StrokePattern> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StrokePattern::id, p -> p));

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The word used in whiteboard.json. */
    public String id() {
        return id;
    }

    public static Optional<StrokePattern> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
