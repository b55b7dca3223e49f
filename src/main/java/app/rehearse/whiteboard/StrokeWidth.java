package app.rehearse.whiteboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three stroke widths on offer, in board units (the view scales them with the zoom). */
public enum StrokeWidth {
    THIN(1),
    REGULAR(2),
    BOLD(4);

    /** The widest stroke; hit-testing grows its search by half of it. */
    public static final double MAX = 4;

    private static final Map<String, StrokeWidth> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StrokeWidth::id, w -> w));

    private final String id = name().toLowerCase(Locale.ROOT);
    private final double units;

    StrokeWidth(double units) {
        this.units = units;
    }

    public double units() {
        return units;
    }

    /** The word used in whiteboard.json. */
    public String id() {
        return id;
    }

    public static Optional<StrokeWidth> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
