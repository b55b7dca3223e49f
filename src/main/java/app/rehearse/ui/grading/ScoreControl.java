package app.rehearse.ui.grading;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Points from 0 to 3 as a row of toggle buttons; pressing the chosen one again clears the score. */
final class ScoreControl extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    ScoreControl(List<String> labels, Optional<Integer> initial, Consumer<Optional<Integer>> onChange) {
        getStyleClass().add("score-control");
        for (int points = 0; points < labels.size(); points++) {
            ToggleButton option = new ToggleButton(Integer.toString(points));
            option.getStyleClass().addAll("score-option", "score-" + points);
            option.setUserData(points);
            option.setToggleGroup(group);
            option.setTooltip(new Tooltip(points + ": " + labels.get(points)));
            option.setFocusTraversable(true);
            getChildren().add(option);
        }
        initial.ifPresent(this::select);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!updating) {
                onChange.accept(Optional.ofNullable(now).map(t -> (Integer) t.getUserData()));
            }
        });
    }

    void select(int points) {
        updating = true;
        for (Toggle t : group.getToggles()) {
            t.setSelected((Integer) t.getUserData() == points);
        }
        updating = false;
    }
}
