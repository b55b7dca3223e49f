package app.rehearse.bank;

import java.util.Arrays;
import java.util.Optional;

/** The seniority a question is pitched at. */
public enum Level {
    MID("mid"),
    SENIOR("senior"),
    STAFF("staff"),
    PRINCIPAL("principal");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Level> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
