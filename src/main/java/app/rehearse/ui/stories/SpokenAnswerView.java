package app.rehearse.ui.stories;

import app.rehearse.stories.SpokenAnswer;
import app.rehearse.stories.StarTiming;
import app.rehearse.stories.StarTiming.Part;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A timed spoken answer as grading and review show it: each STAR part's time, then what to change. */
public final class SpokenAnswerView extends VBox {
    public SpokenAnswerView(SpokenAnswer answer) {
        super(4);
        setId("spokenAnswer");
        StarTiming timing = answer.timing();
        Label times = new Label("Spoken answer " + StarTiming.clock(timing.total()) + ":  "
                + timing.partTimes(Part::label));
        times.setId("spokenAnswerTimes");
        times.setWrapText(true);
        getChildren().add(times);
        for (String flag : timing.flags().isEmpty() ? List.of("Well shaped: within " + StarTiming.target() + ", mostly Action.")
                : timing.flags()) {
            Label line = new Label(flag);
            line.setWrapText(true);
            line.getStyleClass().add(timing.flags().isEmpty() ? "coverage-covered" : "coverage-thin");
            getChildren().add(line);
        }
    }
}
