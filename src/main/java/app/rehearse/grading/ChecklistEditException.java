package app.rehearse.grading;

import java.util.List;

/** A change to the user's checklist that was refused, with every reason in words a user can act on. */
public final class ChecklistEditException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;

    public ChecklistEditException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public ChecklistEditException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
