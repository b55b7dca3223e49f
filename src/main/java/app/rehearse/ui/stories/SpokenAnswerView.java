package app.rehearse.ui.stories;

import app.rehearse.json.UnreadableJsonException;
import app.rehearse.practice.StoredSession;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.stories.StarTiming;
import app.rehearse.stories.StarTiming.Part;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A timed spoken answer as grading and review show it: each STAR part's time, then what to change. */
public final class SpokenAnswerView extends VBox {
    /** The spoken answer kept with a session, if one was timed; one that cannot be read says why. */
    public static Optional<Node> of(StoredSession session) {
        try {
            return SpokenAnswer.fromJson(session.extra(SpokenAnswer.FIELD), session.problems())
                    .map(SpokenAnswerView::new);
        } catch (UnreadableJsonException e) {
            Label problem = new Label("The spoken answer's timings could not be read: " + e.getMessage());
            problem.setId("spokenAnswer");
            problem.setWrapText(true);
            problem.getStyleClass().add("coverage-thin");
            return Optional.of(problem);
        }
    }

    public SpokenAnswerView(SpokenAnswer answer) {
        super(4);
        setId("spokenAnswer");
        StarTiming timing = answer.timing();
        Label times = new Label("Spoken answer " + StarTiming.clock(timing.total()) + ":  "
                + timing.partTimes(Part::label));
        times.setId("spokenAnswerTimes");
        times.setWrapText(true);
        getChildren().add(times);
        for (String flag : timing.flags().isEmpty() ? List.of("Well shaped: within 2\u20133 minutes, mostly Action.")
                : timing.flags()) {
            Label line = new Label(flag);
            line.setWrapText(true);
            line.getStyleClass().add(timing.flags().isEmpty() ? "coverage-covered" : "coverage-thin");
            getChildren().add(line);
        }
    }
}
