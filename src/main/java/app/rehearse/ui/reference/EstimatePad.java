package app.rehearse.ui.reference;

import app.rehearse.estimate.Estimate;
import app.rehearse.estimate.EstimateException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A one-line estimation scratchpad: type {@code 2e9 pages/month in /s}, see the answer as you type, and keep
 * the line with its answer in the session's notes.
 */
public final class EstimatePad extends VBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final TextField input = new TextField();
    private final Label result = new Label();

    /** @param keep appends a worked line to the notes */
    public EstimatePad(Consumer<String> keep) {
        super(6);
        setId("estimatePad");
        input.setId("estimateInput");
        input.setPromptText("2e9 pages/month in /s");
        HBox.setHgrow(input, Priority.ALWAYS);
        result.setId("estimateResult");
        result.getStyleClass().add("estimate-result");
        result.setWrapText(true);
        Button toNotes = new Button("Add to notes");
        toNotes.setId("estimateToNotes");
        toNotes.setMinWidth(Region.USE_PREF_SIZE);
        toNotes.setTooltip(new Tooltip("Keep this line and its answer in the session's notes (Enter)"));
        toNotes.disableProperty().bind(result.textProperty().isEmpty().or(input.textProperty().isEmpty()));
        input.textProperty().addListener((obs, old, text) -> work(text));
        Runnable add = () -> answer(input.getText()).ifPresent(line -> {
            keep.accept(line);
            input.clear();
        });
        toNotes.setOnAction(e -> add.run());
        input.setOnAction(e -> add.run());
        HBox row = new HBox(8, input, toNotes);
        row.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label("Units: ns to years (a month is 30 days), B to PB, bit rates such as Gbps; words like"
                + " \"users\" are carried through. Add \"in UNIT\" to choose how the answer reads.");
        help.setWrapText(true);
        help.getStyleClass().add("section-help");
        getChildren().addAll(row, result, help);
    }

    private void work(String text) {
        if (text.isBlank()) {
            result.setText("");
            result.pseudoClassStateChanged(PROBLEM, false);
            return;
        }
        try {
            result.setText("= " + Estimate.evaluate(text));
            result.pseudoClassStateChanged(PROBLEM, false);
        } catch (EstimateException e) {
            result.setText(e.getMessage());
            result.pseudoClassStateChanged(PROBLEM, true);
        }
    }

    /** "`2e9 pages/month in /s` = 771.6 pages/s", for the notes; empty when the line does not work out. */
    private static Optional<String> answer(String text) {
        try {
            return Optional.of("`" + text.strip() + "` = " + Estimate.evaluate(text));
        } catch (EstimateException e) {
            return Optional.empty();
        }
    }
}
