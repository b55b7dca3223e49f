package app.rehearse.ui.today;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.plan.LoopTemplate;
import app.rehearse.ui.common.ChoiceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Edits the mock loop's template: its rounds (type and level) in order, and the break between them. */
final class LoopTemplateDialog extends Dialog<LoopTemplate> {
    private static final String ANY_LEVEL = "any level";

    private final VBox rows = new VBox(6);
    private final List<RoundRow> rounds = new ArrayList<>();

    private record RoundRow(HBox row, ChoiceBox<QuestionType> type, ChoiceBox<String> level) {
        LoopTemplate.Round round() {
            return new LoopTemplate.Round(type.getValue(), Level.fromId(level.getValue()));
        }
    }

    LoopTemplateDialog(LoopTemplate current) {
        setTitle("Mock loop");
        setHeaderText("The rounds of your mock loop, in order, and the break between them.");
        for (LoopTemplate.Round round : current.rounds()) {
            addRow(round);
        }
        Button add = new Button("Add a round");
        add.setId("addLoopRoundButton");
        add.setOnAction(e -> addRow(new LoopTemplate.Round(QuestionType.BEHAVIORAL, Optional.empty())));
        Spinner<Integer> pause = new Spinner<>(0, LoopTemplate.MAX_BREAK_MINUTES, current.breakMinutes());
        pause.setId("loopBreakField");
        pause.setPrefWidth(80);
        getDialogPane().setContent(new VBox(10, rows, add, new HBox(8, new Label("Break between rounds (minutes)"), pause)));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("saveLoopTemplateButton");
        setResultConverter(button -> button == ButtonType.OK && !rounds.isEmpty()
                ? new LoopTemplate(rounds.stream().map(RoundRow::round).toList(), pause.getValue()) : null);
    }

    private void addRow(LoopTemplate.Round round) {
        if (rounds.size() >= LoopTemplate.MAX_ROUNDS) {
            return;
        }
        ChoiceBox<QuestionType> type = new ChoiceBox<>();
        type.getItems().setAll(QuestionType.values());
        type.setConverter(ChoiceNames.of(QuestionType::label));
        type.setValue(round.type());
        ChoiceBox<String> level = new ChoiceBox<>();
        level.getItems().add(ANY_LEVEL);
        for (Level l : Level.values()) {
            level.getItems().add(l.id());
        }
        level.setValue(round.level().map(Level::id).orElse(ANY_LEVEL));
        Button remove = new Button("Remove");
        RoundRow row = new RoundRow(new HBox(8, new Label("Round"), type, level, remove), type, level);
        remove.setOnAction(e -> {
            if (rounds.size() > 1) {
                rounds.remove(row);
                rows.getChildren().remove(row.row());
            }
        });
        type.setId("loopRoundType-" + rounds.size());
        rounds.add(row);
        rows.getChildren().add(row.row());
    }

}
