package app.rehearse.bank;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of senior interview round Rehearse practises. */
public enum QuestionType {
    SYSTEM_DESIGN("system-design", "System design"),
    BEHAVIORAL("behavioral", "Behavioral"),
    TRADE_OFF("trade-off", "Trade-off drill");

    private final String id;
    private final String label;

    QuestionType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used in pack files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<QuestionType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
