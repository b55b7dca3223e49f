package app.rehearse.ui.shell;

import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.SkippedFile;
import app.rehearse.json.Problem;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A non-modal notice naming every bank file that was skipped and why, with the full messages on demand. */
final class BankProblemsBanner extends VBox {

    private BankProblemsBanner(QuestionBank bank) {
        setId("bankProblems");
        getStyleClass().add("notice-banner");
        int files = bank.skipped().size();
        String names = bank.skipped().stream().map(SkippedFile::source).collect(Collectors.joining(", "));
        Label summary = new Label((files == 1 ? "1 question file was" : files + " question files were")
                + " skipped because of errors: " + names);
        summary.setWrapText(true);
        summary.getStyleClass().add("notice-text");
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);

        TextArea details = new TextArea(bank.skipped().stream()
                .flatMap(s -> s.problems().stream())
                .map(Problem::format)
                .collect(Collectors.joining("\n")));
        details.setId("bankProblemDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(8, details.getText().split("\n").length + 1));
        details.setManaged(false);
        details.setVisible(false);

        Hyperlink toggle = new Hyperlink("Show details");
        toggle.setOnAction(e -> {
            boolean show = !details.isVisible();
            details.setVisible(show);
            details.setManaged(show);
            toggle.setText(show ? "Hide details" : "Show details");
        });
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> {
            setVisible(false);
            setManaged(false);
        });
        HBox row = new HBox(8, summary, toggle, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, details);
    }

    static Optional<BankProblemsBanner> forBank(QuestionBank bank) {
        return bank.skipped().isEmpty() ? Optional.empty() : Optional.of(new BankProblemsBanner(bank));
    }
}
