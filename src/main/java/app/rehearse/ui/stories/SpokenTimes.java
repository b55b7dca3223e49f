package app.rehearse.ui.stories;

import app.rehearse.json.UnreadableJsonException;
import app.rehearse.practice.StoredSession;
import app.rehearse.stories.SpokenAnswer;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A session's timed spoken answer as grading and review get it: the answer when one was timed, or
 * why the one kept could not be read.
 */
public record SpokenTimes(Optional<SpokenAnswer> answer, Optional<String> unreadable) {
    public static SpokenTimes none() {
        return new SpokenTimes(Optional.empty(), Optional.empty());
    }

    public static SpokenTimes of(Optional<SpokenAnswer> answer) {
        return new SpokenTimes(answer, Optional.empty());
    }

    /** The spoken answer kept with a stored session, if one was timed. */
    public static SpokenTimes of(StoredSession session) {
        try {
            return of(SpokenAnswer.fromJson(session.extra(SpokenAnswer.FIELD), session.problems()));
        } catch (UnreadableJsonException e) {
            return new SpokenTimes(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /** The timings and what to change, or a line saying they could not be read; empty when none were kept. */
    public Optional<Node> view() {
        if (unreadable.isPresent()) {
            Label problem = new Label("The spoken answer's timings could not be read: " + unreadable.get());
            problem.setId("spokenAnswer");
            problem.setWrapText(true);
            problem.getStyleClass().add("coverage-thin");
            return Optional.of(problem);
        }
        return answer.map(SpokenAnswerView::new);
    }
}
