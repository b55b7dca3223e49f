package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;

/** A change to the user's packs that was refused, with every problem the loader would have reported. */
public final class PackRejectedException extends Exception {
    private final transient List<Problem> problems;

    public PackRejectedException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public PackRejectedException(String message) {
        this(message, List.of());
    }

    public List<Problem> problems() {
        return problems;
    }
}
