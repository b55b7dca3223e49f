package app.rehearse.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The shell's strip for failures of background work (a history that could not open, settings that
 * could not be saved): each message stays until the user dismisses it; a repeat is not shown twice.
 */
final class ProblemNotice extends HBox {
    private final Label message = new Label();

    ProblemNotice() {
        super(12);
        setId("problemNotice");
        getStyleClass().addAll("problem-notice", "notice-banner");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("problemMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissProblemButton");
        dismiss.setMinWidth(USE_PREF_SIZE);
        dismiss.setOnAction(e -> hideNotice());
        getChildren().addAll(message, dismiss);
        hideNotice();
    }

    void show(String text) {
        String current = message.getText();
        if (isVisible() && current != null && current.contains(text)) {
            return;
        }
        message.setText(isVisible() && current != null && !current.isEmpty() ? current + "\n" + text : text);
        setVisible(true);
        setManaged(true);
    }

    private void hideNotice() {
        message.setText("");
        setVisible(false);
        setManaged(false);
    }
}
