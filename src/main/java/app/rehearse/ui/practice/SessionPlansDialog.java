package app.rehearse.ui.practice;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.practice.PhasePlan;
import app.rehearse.practice.PlanSettings;
import app.rehearse.ui.common.SettingsState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Edits the default phase plan of each question type, auto-advance and the sound cue. */
public final class SessionPlansDialog extends Dialog<UnaryOperator<PlanSettings>> {
    private final Map<QuestionType, VBox> rows = new EnumMap<>(QuestionType.class);
    private final Map<QuestionType, Label> totals = new EnumMap<>(QuestionType.class);

    /** Opens the dialog on the settings as they are; Save applies what it changed to the settings as they are then. */
    public static void edit(SettingsState settings) {
        settings.whenSettingsReady(current -> new SessionPlansDialog(current).showAndWait().ifPresent(settings::changeSettings));
    }

    private SessionPlansDialog(PlanSettings current) {
        setTitle("Session plans");
        setHeaderText("Default phases for each kind of round. A question's own plan still wins.");
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (QuestionType type : QuestionType.values()) {
            tabs.getTabs().add(new Tab(type.label(), planEditor(type, current.defaultFor(type))));
        }
        CheckBox autoAdvance = new CheckBox("Move to the next phase automatically when its time is up");
        autoAdvance.setId("autoAdvanceCheck");
        autoAdvance.setSelected(current.autoAdvance());
        CheckBox sound = new CheckBox("Play a short sound at phase changes and follow-ups");
        sound.setId("soundCheck");
        sound.setSelected(current.sound());
        VBox content = new VBox(12, tabs, autoAdvance, sound);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("sessionPlansDialog");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            boolean advance = autoAdvance.isSelected();
            boolean cue = sound.isSelected();
            Map<QuestionType, PhasePlan> plans = new EnumMap<>(QuestionType.class);
            for (QuestionType type : QuestionType.values()) {
                planOf(type).ifPresent(plan -> plans.put(type, plan));
            }
            return latest -> {
                PlanSettings result = latest.withAutoAdvance(advance).withSound(cue);
                for (Map.Entry<QuestionType, PhasePlan> plan : plans.entrySet()) {
                    result = result.withDefault(plan.getKey(), plan.getValue());
                }
                return result;
            };
        });
    }

    private VBox planEditor(QuestionType type, PhasePlan plan) {
        VBox list = new VBox(6);
        list.setId("plan-" + type.id());
        rows.put(type, list);
        plan.phases().forEach(p -> list.getChildren().add(phaseRow(type, p.name(), p.minutes())));
        Label total = new Label();
        total.getStyleClass().add("section-title");
        totals.put(type, total);
        Button add = new Button("Add phase");
        add.setOnAction(e -> {
            list.getChildren().add(phaseRow(type, "New phase", 5));
            updateTotal(type);
        });
        Button reset = new Button("Reset to standard");
        reset.setOnAction(e -> {
            list.getChildren().clear();
            PlanSettings.builtIn().get(type).phases()
                    .forEach(p -> list.getChildren().add(phaseRow(type, p.name(), p.minutes())));
            updateTotal(type);
        });
        updateTotal(type);
        HBox actions = new HBox(8, add, reset, total);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, list, actions);
        box.setStyle("-fx-padding: 12 4 4 4;");
        return box;
    }

    private HBox phaseRow(QuestionType type, String name, int minutes) {
        TextField nameField = new TextField(name);
        nameField.getStyleClass().add("phase-name");
        HBox.setHgrow(nameField, Priority.ALWAYS);
        Spinner<Integer> minutesField = new Spinner<>(1, QuestionRules.MAX_MINUTES, minutes);
        minutesField.getStyleClass().add("phase-minutes");
        minutesField.setEditable(true);
        minutesField.setPrefWidth(90);
        minutesField.valueProperty().addListener((obs, old, now) -> updateTotal(type));
        Button remove = new Button("Remove");
        remove.getStyleClass().add("flat");
        HBox row = new HBox(8, nameField, minutesField, new Label("min"), remove);
        row.setAlignment(Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            if (rows.get(type).getChildren().size() > 1) {
                rows.get(type).getChildren().remove(row);
                updateTotal(type);
            }
        });
        return row;
    }

    @SuppressWarnings("unchecked")
    private Optional<PhasePlan> planOf(QuestionType type) {
        List<PhaseSpec> phases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (var node : rows.get(type).getChildren()) {
            HBox row = (HBox) node;
            String name = ((TextField) row.getChildren().get(0)).getText().strip();
            int minutes = ((Spinner<Integer>) row.getChildren().get(1)).getValue();
            if (name.isEmpty()) {
                continue;
            }
            String id = QuestionRules.suggestId(name);
            for (int n = 2; !ids.add(id); n++) {
                id = QuestionRules.suggestId(name) + "-" + n;
            }
            phases.add(new PhaseSpec(id, name, minutes));
        }
        return phases.isEmpty() ? Optional.empty() : Optional.of(new PhasePlan(phases));
    }

    private void updateTotal(QuestionType type) {
        totals.get(type).setText("Total " + planOf(type).map(PhasePlan::totalMinutes).orElse(0) + " min");
    }
}
