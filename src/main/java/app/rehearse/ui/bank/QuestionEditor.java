package app.rehearse.ui.bank;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.Violation;
import app.rehearse.ui.common.ChoiceNames;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.WrapRow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The question editor page: the form on the left, the live preview and the list of problems on the
 * right. Problems come from {@link QuestionForm} (that is, from the pack loader) and are shown in
 * place on each field once the user has changed it, and all together in {@code #validationMessages}.
 */
final class QuestionEditor extends BorderPane {
    /** A pack the question can be saved into. */
    record PackTarget(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final QuestionForm form;
    private final FieldDecorations decorations = new FieldDecorations();
    private final Set<Control> touched = new HashSet<>();
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final Label saveError = new Label();

    private final TextField idField = new TextField();
    private final TextField titleField = new TextField();
    private final TextArea promptArea = new TextArea();
    private final TextField tagsField = new TextField();
    private final TextField competencyField = new TextField();
    private final TextArea hintsArea = new TextArea();
    private final TextArea rescueHintArea = new TextArea();
    private final TextArea followUpsArea = new TextArea();
    private final TextArea referenceArea = new TextArea();
    private final Spinner<Integer> timebox = new Spinner<>(1, QuestionRules.MAX_MINUTES, QuestionForm.DEFAULT_TIMEBOX);
    private final RubricRowsEditor rubric;

    QuestionEditor(QuestionForm form, List<ChecklistDimension> dimensions, List<PackTarget> packs,
            Consumer<QuestionEditor> onSave, Runnable onCancel) {
        this.form = form;
        this.rubric = new RubricRowsEditor(form.rubric);
        getStyleClass().addAll("page", "question-editor");
        setTop(header(packs, onSave, onCancel));

        ScrollPane formScroll = new ScrollPane(formGrid(dimensions));
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("edge-to-edge");
        SplitPane body = new SplitPane(formScroll, new EditorSidePanel(form));
        body.setDividerPositions(0.6);
        setCenter(body);
        BorderPane.setMargin(body, new Insets(14, 0, 0, 0));

        form.violationsProperty().addListener((obs, old, found) -> decorate(found));
        if (form.mode() != QuestionForm.Mode.NEW) {
            touched.addAll(List.of(idField, titleField, promptArea, tagsField, competencyField, hintsArea, followUpsArea,
                    timebox, referenceArea));
        }
        decorate(form.violationsProperty().get());
    }

    QuestionForm form() {
        return form;
    }

    /** Shows why the last save was refused and lets the user try again. */
    void saveFailed(String message) {
        saving.set(false);
        saveError.setText(message);
    }

    private Node header(List<PackTarget> packs, Consumer<QuestionEditor> onSave, Runnable onCancel) {
        Label heading = new Label(switch (form.mode()) {
            case NEW -> "New question";
            case EDIT -> "Edit question";
            case DUPLICATE -> "Duplicate question";
        });
        heading.getStyleClass().add("page-title");
        ChoiceBox<PackTarget> pack = new ChoiceBox<>();
        pack.setId("questionPackChoice");
        pack.getItems().setAll(packs);
        pack.setValue(packs.stream().filter(p -> p.id().equals(form.packId.get())).findFirst().orElse(packs.get(0)));
        pack.valueProperty().addListener((obs, old, chosen) -> form.packId.set(chosen.id()));
        pack.setDisable(form.mode() == QuestionForm.Mode.EDIT);
        Label into = new Label("Save into");
        into.setLabelFor(pack);

        Button cancel = new Button("Cancel");
        cancel.setId("cancelQuestionButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button save = new Button("Save question");
        save.setId("saveQuestionButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.validProperty().not().or(saving));
        save.setOnAction(e -> {
            saving.set(true);
            saveError.setText("");
            onSave.accept(this);
        });
        saveError.setId("saveError");
        saveError.getStyleClass().add("inline-message");
        saveError.setWrapText(true);
        saveError.managedProperty().bind(saveError.textProperty().isNotEmpty());

        HBox target = new HBox(8, into, pack);
        target.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, WrapRow.header(heading, List.of(target, cancel, save)), saveError);
    }

    private GridPane formGrid(List<ChecklistDimension> dimensions) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-form");
        grid.setHgap(14);
        grid.setVgap(10);
        // The names keep their line while there is room; in a narrow pane they wrap between words first.
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        titleField.setId("questionTitleField");
        titleField.setPromptText("e.g. Design a URL shortener");
        bind(titleField.textProperty(), form.title, titleField);
        idField.setId("questionIdField");
        bind(idField.textProperty(), form.id, idField);
        Hyperlink suggest = new Hyperlink("Suggest from the title");
        suggest.setId("suggestIdButton");
        suggest.setOnAction(e -> form.suggestId());
        Label idHelp = help("Lower-case words joined by hyphens; unique across every pack.");
        idHelp.textProperty().bind(Bindings.when(form.idFollowsTitleProperty())
                .then("Suggested from the title; type your own to keep it.")
                .otherwise("Lower-case words joined by hyphens; unique across every pack."));
        suggest.visibleProperty().bind(form.idFollowsTitleProperty().not());
        HBox idRow = new HBox(8, idField, suggest);
        HBox.setHgrow(idField, Priority.ALWAYS);
        idRow.setAlignment(Pos.CENTER_LEFT);

        int r = 0;
        row(grid, r++, "Title", titleField);
        row(grid, r++, "Id", new VBox(4, idRow, idHelp));
        row(grid, r++, "Type", typeRow());
        row(grid, r++, "Timebox", timeboxRow());
        competencyField.setId("questionCompetencyField");
        competencyField.setPromptText("e.g. ownership, conflict, mentoring");
        bind(competencyField.textProperty(), form.competency, competencyField);
        Label competencyLabel = row(grid, r++, "Competency", competencyField);
        competencyField.visibleProperty().bind(form.type.isEqualTo(QuestionType.BEHAVIORAL));
        competencyField.managedProperty().bind(competencyField.visibleProperty());
        competencyLabel.visibleProperty().bind(competencyField.visibleProperty());
        competencyLabel.managedProperty().bind(competencyField.visibleProperty());
        tagsField.setId("questionTagsField");
        tagsField.setPromptText("Comma-separated, e.g. caching, storage, rate-limiting");
        bind(tagsField.textProperty(), form.tags, tagsField);
        row(grid, r++, "Tags", tagsField);

        promptArea.setId("questionPromptArea");
        promptArea.setWrapText(true);
        promptArea.setPrefRowCount(9);
        promptArea.setPromptText("The question as the interviewer would put it. Markdown: **bold**, lists, `code`.");
        promptArea.getStyleClass().add("markdown-source");
        bind(promptArea.textProperty(), form.prompt, promptArea);
        row(grid, r++, "Prompt", new VBox(4, promptArea, help("Markdown; the preview on the right updates as you type.")));

        hintsArea.setId("questionHintsArea");
        hintsArea.setWrapText(true);
        hintsArea.setPrefRowCount(4);
        bind(hintsArea.textProperty(), form.hints, hintsArea);
        row(grid, r++, "Hints", new VBox(4, hintsArea, help("One hint per line, in the order they are revealed.")));

        rescueHintArea.setId("questionRescueHintArea");
        rescueHintArea.setWrapText(true);
        rescueHintArea.setPrefRowCount(2);
        bind(rescueHintArea.textProperty(), form.rescueHint, rescueHintArea);
        row(grid, r++, "Rescue hint", new VBox(4, rescueHintArea, help("Optional: one last hint that names the"
                + " technique, for someone truly stuck. It costs more than the others.")));

        followUpsArea.setId("questionFollowUpsArea");
        followUpsArea.setWrapText(true);
        followUpsArea.setPrefRowCount(4);
        bind(followUpsArea.textProperty(), form.followUps, followUpsArea);
        row(grid, r++, "Follow-ups", new VBox(4, followUpsArea, help("One per line. Start a line with \u201c!\u201d or"
                + " \u201ccurveball:\u201d to make it a curveball that changes the problem.")));

        row(grid, r++, "Rubric", rubric);
        row(grid, r++, "Trade-offs", new VBox(4, new TradeOffChoices(form, dimensions),
                help("The trade-offs this question makes you weigh; they become your self-grading checklist.")));

        referenceArea.setId("questionReferenceArea");
        referenceArea.setWrapText(true);
        referenceArea.setPrefRowCount(8);
        // One line: this JavaFX drops the line breaks of a text area's prompt, which ran the example together.
        referenceArea.setPromptText("Markdown: a ## heading per part (Requirements, Estimates, Design, Trade-offs),"
                + " each with a list of points");
        referenceArea.getStyleClass().add("markdown-source");
        bind(referenceArea.textProperty(), form.referenceOutline, referenceArea);
        Label diagram = new Label();
        diagram.setId("questionReferenceDiagram");
        diagram.getStyleClass().add("section-help");
        diagram.setWrapText(true);
        diagram.textProperty().bind(Bindings.createStringBinding(() -> form.referenceDiagram.get().map(d -> "Reference diagram: "
                + d + " (from a session, beside your packs).").orElse("No reference diagram: in History, a graded session"
                + " of this question offers \u201cUse diagram as reference\u201d."), form.referenceDiagram));
        row(grid, r, "Reference answer", new VBox(4, referenceArea, help("Optional. Markdown, phase by phase; shown only"
                + " after an attempt, never while the clock runs. The preview on the right shows it too."), diagram));
        return grid;
    }

    private Node typeRow() {
        ChoiceBox<QuestionType> type = new ChoiceBox<>();
        type.setId("questionTypeChoice");
        type.getItems().setAll(QuestionType.values());
        type.setConverter(ChoiceNames.of(QuestionType::label));
        type.valueProperty().bindBidirectional(form.type);
        ChoiceBox<Level> level = new ChoiceBox<>();
        level.setId("questionLevelChoice");
        level.getItems().setAll(Level.values());
        level.setConverter(ChoiceNames.of(Level::id));
        level.valueProperty().bindBidirectional(form.level);
        Label levelLabel = new Label("Level");
        levelLabel.getStyleClass().add("field-label");
        levelLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox levelBox = new HBox(10, levelLabel, level);
        levelBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(10, 6, type, levelBox);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node timeboxRow() {
        CheckBox own = new CheckBox("Own timebox");
        own.setId("questionTimeboxCheck");
        own.setMinWidth(Region.USE_PREF_SIZE);
        own.selectedProperty().bindBidirectional(form.ownTimebox);
        timebox.setId("questionTimeboxSpinner");
        timebox.setEditable(true);
        timebox.setPrefWidth(90);
        timebox.setMinWidth(Region.USE_PREF_SIZE);
        timebox.getValueFactory().valueProperty().bindBidirectional(form.timeboxMinutes);
        timebox.disableProperty().bind(own.selectedProperty().not());
        Label minutes = new Label("minutes");
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps under the check box in a narrow window rather than pushing the form wider than its pane.
        FlowPane row = new FlowPane(10, 6, own, new HBox(10, timebox, minutes));
        ((HBox) row.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, help("Off: the type's default phase plan is used."));
    }

    private void decorate(List<Violation> found) {
        Map<Control, String> messages = new LinkedHashMap<>();
        for (Violation v : found) {
            // A new question's empty fields are not flagged until the user has been there; rubric rows are added on purpose.
            boolean shown = form.mode() != QuestionForm.Mode.NEW || v.pointer().startsWith("/rubric/");
            controlFor(v.pointer()).filter(c -> shown || touched.contains(c))
                    .ifPresent(c -> messages.merge(c, form.describe(v), (a, b) -> a + "\n" + b));
        }
        decorations.show(messages);
    }

    /** The field a rule's pointer refers to: {@code /title}, {@code /hints/2}, {@code /rubric/1/weak}... */
    Optional<Control> controlFor(String pointer) {
        String[] parts = pointer.split("/");
        String field = parts.length > 1 ? parts[1] : "";
        switch (field) {
            case "id": return Optional.of(idField);
            case "title": return Optional.of(titleField);
            case "prompt": return Optional.of(promptArea);
            case "tags": return Optional.of(tagsField);
            case "competency": return Optional.of(competencyField);
            case "hints": return Optional.of(hintsArea);
            case "rescueHint": return Optional.of(rescueHintArea);
            case "followUps": return Optional.of(followUpsArea);
            case "timeboxMinutes": return Optional.of(timebox);
            case "reference": return Optional.of(referenceArea);
            case "rubric":
                return parts.length > 3 && parts[2].matches("\\d{1,6}")
                        ? rubric.control(Integer.parseInt(parts[2]), parts[3]) : Optional.empty();
            default: return Optional.empty();
        }
    }

    boolean isMarked(Control control) {
        return decorations.isMarked(control);
    }

    private void bind(StringProperty field, StringProperty model, Control control) {
        field.bindBidirectional(model);
        field.addListener((obs, old, text) -> {
            if (touched.add(control)) {
                decorate(form.violationsProperty().get());
            }
        });
    }

    private static Label row(GridPane grid, int row, String text, Node field) {
        Label label = Texts.wrappedBetweenWords(text, "field-label");
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return label;
    }

    static Label help(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-help");
        label.setWrapText(true);
        return label;
    }

}
