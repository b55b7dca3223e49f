package app.rehearse.whiteboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three stroke widths on offer, in board units (the view scales them with the zoom). */
public enum StrokeWidth {
    THIN(1),
    REGULAR(2),
    BOLD(4);

    /** The widest stroke; hit-testing grows its search by half of it. */
    public static final double MAX = 4;

    private final double units;

    StrokeWidth(double units) {
        this.units = units;
    }

    public double units() {
        return units;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StrokeWidth> fromId(String id) {
        return Arrays.stream(values()).filter(w -> w.id().equals(id)).findFirst();
    }
}
