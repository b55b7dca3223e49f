package app.rehearse.ui.stories;

import app.rehearse.bank.QuestionRules;
import app.rehearse.stories.Competencies;
import app.rehearse.stories.StoryScope;
import app.rehearse.ui.common.ChoiceNames;
import app.rehearse.ui.common.SectionTitle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Writing one story: its STAR parts, when and how far it reached, the competencies it shows, with live checks. */
final class StoryEditor extends VBox {
    private final StoryForm form;
    private final FlowPane competencies = new FlowPane(8, 6);

    /**
     * @param save   saves the form (the button is enabled only when nothing must be fixed)
     * @param delete deletes the story being edited; null for a new one
     */
    StoryEditor(StoryForm form, Consumer<StoryForm> save, Runnable delete) {
        super(10);
        this.form = form;
        getStyleClass().add("story-editor");
        Label heading = SectionTitle.of(form.editing().isPresent() ? "Edit story" : "New story");
        Button saveButton = new Button("Save story");
        saveButton.setId("saveStoryButton");
        saveButton.getStyleClass().add("accent");
        saveButton.setMinWidth(Region.USE_PREF_SIZE);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !form.problems().get().isEmpty(),
                form.problems()));
        saveButton.setOnAction(e -> save.accept(form));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, heading, grow, saveButton);
        head.setAlignment(Pos.CENTER_LEFT);
        if (delete != null) {
            Button deleteButton = new Button("Delete");
            deleteButton.setId("deleteStoryButton");
            deleteButton.getStyleClass().add("danger");
            deleteButton.setMinWidth(Region.USE_PREF_SIZE);
            deleteButton.setOnAction(e -> delete.run());
            head.getChildren().add(deleteButton);
        }

        TextField title = field("storyTitleField", "e.g. Moving checkout off the monolith", form.title);
        TextField from = field("storyFromField", "2023-04", form.from);
        TextField until = field("storyUntilField", "optional", form.until);
        from.setPrefColumnCount(7);
        until.setPrefColumnCount(7);
        ChoiceBox<StoryScope> scope = new ChoiceBox<>();
        scope.setId("storyScopeChoice");
        scope.getItems().setAll(StoryScope.values());
        scope.setConverter(ChoiceNames.of(StoryScope::label));
        scope.valueProperty().bindBidirectional(form.scope);
        FlowPane when = new FlowPane(8, 6, labelled("When", from), labelled("Until", until), labelled("Reach", scope));

        Label problems = new Label();
        problems.setId("storyProblems");
        problems.getStyleClass().add("story-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> form.problems().get().isEmpty() ? ""
                : "Before it can be saved:\n" + String.join("\n", form.problems().get()), form.problems()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        Label warnings = new Label();
        warnings.setId("storyWarnings");
        warnings.getStyleClass().add("story-warnings");
        warnings.setWrapText(true);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", form.warnings().get()),
                form.warnings()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());

        competencies.setId("storyCompetencies");
        fillCompetencies();
        form.competencies.addListener((SetChangeListener<String>) change -> fillCompetencies());
        TextField own = new TextField();
        own.setId("storyOwnCompetency");
        own.setPromptText("Another competency");
        Button add = new Button("Add");
        add.setId("addCompetencyButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addOwn = () -> {
            String id = QuestionRules.suggestId(own.getText());
            if (!id.isEmpty()) {
                form.competencies.add(Competencies.idOf(id));
                own.clear();
            }
        };
        add.setOnAction(e -> addOwn.run());
        own.setOnAction(e -> addOwn.run());
        HBox ownRow = new HBox(8, own, add);
        ownRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(head, problems, warnings, labelled("Title", title), when,
                part("Situation", "storySituation", "Where and when; what was at stake. Two or three sentences.",
                        form.situation),
                part("Task", "storyTask", "What you had to do, and why it was yours.", form.task),
                part("Action", "storyAction", "What you did, step by step, in the first person: most of the story.",
                        form.action),
                part("Result", "storyResult", "What changed, in numbers.", form.result),
                part("Metrics", "storyMetrics", "One number a line, e.g. p99 from 900 ms to 120 ms", form.metrics),
                part("What you learned", "storyLearned", "What you do differently since.", form.learned),
                SectionTitle.of("Competencies it shows"), competencies, ownRow);
    }

    private void fillCompetencies() {
        Set<String> shown = new LinkedHashSet<>();
        Competencies.ALL.forEach(c -> shown.add(c.id()));
        shown.addAll(form.competencies);
        List<Node> boxes = new ArrayList<>();
        for (String id : shown) {
            CheckBox box = new CheckBox(Competencies.label(id));
            box.setId("competency-" + id);
            box.setSelected(form.competencies.contains(id));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    form.competencies.add(id);
                } else {
                    form.competencies.remove(id);
                }
            });
            Competencies.of(id).filter(Competencies.Competency::seniorTheme)
                    .ifPresent(c -> box.getStyleClass().add("senior-theme"));
            boxes.add(box);
        }
        competencies.getChildren().setAll(boxes);
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static VBox part(String name, String id, String prompt, StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(id.equals("storyAction") ? 6 : 3);
        area.setPromptText(prompt);
        area.textProperty().bindBidirectional(value);
        return labelled(name, area);
    }

    private static VBox labelled(String name, Node field) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }
}
