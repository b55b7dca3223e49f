package app.rehearse.grading;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a well-told behavioral story: STAR, plus what the teller learned. */
public enum StarElement {
    SITUATION("situation", "Situation", "Did I set the scene briefly: where, when, what was at stake?"),
    TASK("task", "Task", "Did I say what I personally was responsible for?"),
    ACTION("action", "Action", "Did I say what I did, with \"I\" rather than \"we\", and why?"),
    RESULT("result", "Result", "Did I give the outcome, with a number or a concrete change?"),
    LEARNING("learning", "What I learned", "Did I say what I learned and what I do differently since?");

    private final String id;
    private final String label;
    private final String question;

    StarElement(String id, String label, String question) {
        this.id = id;
        this.label = label;
        this.question = question;
    }

    /** The word stored in session files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The self-check question shown beside the tick box. */
    public String question() {
        return question;
    }

    public static Optional<StarElement> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
