package app.rehearse.ui.bank;

import app.rehearse.bank.QuestionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The rubric as rows of fields (criterion, strong, weak, weight) with add and remove. */
final class RubricRowsEditor extends VBox {
    private final ObservableList<RubricRow> rows;
    private final VBox cards = new VBox(8);
    private final List<Map<String, Control>> controls = new ArrayList<>();

    RubricRowsEditor(ObservableList<RubricRow> rows) {
        super(8);
        this.rows = rows;
        getStyleClass().add("rubric-editor");
        cards.setId("rubricRows");
        Button add = new Button("Add criterion");
        add.setId("addRubricRowButton");
        add.getStyleClass().add("small");
        add.setOnAction(e -> rows.add(new RubricRow()));
        rows.addListener((ListChangeListener<RubricRow>) change -> rebuild());
        rebuild();
        getChildren().addAll(cards, add);
    }

    /** The field of row {@code index} for a rule's pointer part: criterion, strong, weak or weight. */
    Optional<Control> control(int index, String part) {
        if (index < 0 || index >= controls.size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(controls.get(index).get(part));
    }

    private void rebuild() {
        controls.clear();
        cards.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            cards.getChildren().add(card(i, rows.get(i)));
        }
    }

    private GridPane card(int index, RubricRow row) {
        TextField criterion = field("rubricCriterion" + index, "What is graded, e.g. \u201cNames the bottleneck\u201d");
        criterion.textProperty().bindBidirectional(row.criterion);
        TextArea strong = area("rubricStrong" + index, "What a strong answer does");
        strong.textProperty().bindBidirectional(row.strong);
        TextArea weak = area("rubricWeak" + index, "What a weak answer does");
        weak.textProperty().bindBidirectional(row.weak);
        Spinner<Integer> weight = new Spinner<>(1, QuestionRules.MAX_WEIGHT, row.weight.get() == null ? 1 : row.weight.get());
        weight.setId("rubricWeight" + index);
        weight.setPrefWidth(80);
        weight.getValueFactory().valueProperty().bindBidirectional(row.weight);
        weight.setTooltip(new Tooltip("How much this criterion counts, from 1 to " + QuestionRules.MAX_WEIGHT));
        Button remove = new Button("Remove");
        remove.setId("removeRubricRow" + index);
        remove.getStyleClass().addAll("small", "flat");
        remove.setOnAction(e -> rows.remove(row));
        Label weightLabel = new Label("Weight");
        weightLabel.getStyleClass().add("field-help");

        GridPane card = new GridPane();
        card.getStyleClass().add("rubric-row");
        card.setHgap(8);
        card.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        card.getColumnConstraints().addAll(grow, new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        card.add(criterion, 0, 0);
        card.add(weightLabel, 1, 0);
        card.add(weight, 2, 0);
        card.add(remove, 3, 0);
        card.add(strong, 0, 1, 4, 1);
        card.add(weak, 0, 2, 4, 1);
        GridPane.setHalignment(weightLabel, HPos.RIGHT);
        card.setAlignment(Pos.CENTER_LEFT);
        controls.add(Map.of("criterion", criterion, "strong", strong, "weak", weak, "weight", weight));
        return card;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.setMaxWidth(Double.MAX_VALUE);
        return area;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }
}
