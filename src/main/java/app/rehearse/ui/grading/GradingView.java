package app.rehearse.ui.grading;

import app.rehearse.bank.Level;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.ChecklistRow;
import app.rehearse.grading.ChecklistScore;
import app.rehearse.grading.RubricBar;
import app.rehearse.grading.RubricLevel;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.StarElement;
import app.rehearse.stories.StarTiming;
import app.rehearse.stories.StarTiming.Part;
import app.rehearse.ui.common.ChoiceNames;
import app.rehearse.ui.common.SideScroll;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.WrapRow;
import app.rehearse.ui.markdown.MarkdownView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Self-grading beside what was actually written: the session's notes and diagram on the left,
 * the rubric, the trade-off checklist (stressed dimensions first), STAR and timing checks and a
 * reflection on the right, with the score and how it was computed always in view.
 */
public final class GradingView extends BorderPane {
    /** The score's longest text: the label is kept as wide as this needs. */
    private static final String NOT_GRADED = "Not graded yet";

    private final GradingViewModel model;
    private final Label phaseGaps;

    /**
     * @param sessionRecord read-only view of the session: notes, diagram, phase summary
     * @param actions extra buttons for the header (back, practise again)
     */
    public GradingView(GradingViewModel model, Node sessionRecord, List<Button> actions, Runnable editDimensions) {
        this(model, sessionRecord, Optional.empty(), actions, editDimensions);
    }

    /** @param reference makes the question's reference answer, shown beside the session record when there is one */
    public GradingView(GradingViewModel model, Node sessionRecord, Optional<Supplier<Node>> reference,
            List<Button> actions, Runnable editDimensions) {
        this.model = model;
        getStyleClass().add("grading-view");

        Label heading = new Label("Grade your session");
        heading.getStyleClass().add("page-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(model.session().question().title());
        title.getStyleClass().add("session-question");
        Label score = new Label();
        score.setId("scoreLabel");
        score.getStyleClass().add("score-label");
        Tooltip formula = new Tooltip();
        formula.setWrapText(true);
        formula.setMaxWidth(520);
        score.setTooltip(formula);
        Label equation = new Label();
        equation.setId("scoreFormula");
        equation.getStyleClass().add("score-formula");
        // The formula, then the worked sum, in full: it wraps in a narrow pane; the tooltip explains each term.
        equation.setWrapText(true);
        equation.setMinHeight(Region.USE_PREF_SIZE);
        equation.setTooltip(formula);
        model.scoreProperty().addListener((obs, old, s) -> showScore(score, formula, equation));
        showScore(score, formula, equation);

        Button save = new Button("Save scorecard");
        save.setId("saveGradeButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("gradeStatus");
        status.getStyleClass().add("save-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        // Two fixed rows: the heading with the buttons, then the question's title (wrapped, never cut) with the
        // score. Nothing in the header changes its height once the first score lands, so clicks stay on target.
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        // As wide as "Not graded yet" whatever it says, so the title beside it wraps the same way before and after.
        Texts.wideEnoughFor(score, NOT_GRADED);
        score.setAlignment(Pos.CENTER_RIGHT);
        List<Button> buttons = new ArrayList<>(List.of(save));
        buttons.addAll(actions);
        WrapRow headingRow = WrapRow.header(heading, buttons);
        HBox titleRow = new HBox(16, title, score);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, headingRow, titleRow);
        Label unscored = new Label();
        unscored.setId("unscoredLabel");
        unscored.getStyleClass().add("unscored-note");
        unscored.setWrapText(true);
        unscored.textProperty().bind(Bindings.createStringBinding(() -> {
            String summary = model.cardProperty().get().unscoredSummary();
            return summary.isEmpty() ? "Every rubric criterion and stressed trade-off is scored." : summary;
        }, model.cardProperty()));
        Label phases = new Label();
        phases.setId("phaseGaps");
        phases.getStyleClass().add("unscored-note");
        phases.setWrapText(true);
        phases.visibleProperty().bind(phases.textProperty().isNotEmpty());
        phases.managedProperty().bind(phases.visibleProperty());
        this.phaseGaps = phases;
        VBox top = new VBox(6, header, equation, unscored, phases, status);
        top.setId("gradingHeader");
        top.getStyleClass().add("grading-header");
        setTop(top);

        VBox form = new VBox(10);
        form.getStyleClass().add("grading-form");
        VBox rubric = new VBox(10);
        rubric.setId("rubric");
        fillRubric(rubric);
        model.levelProperty().addListener((obs, old, level) -> fillRubric(rubric));
        form.getChildren().addAll(section("Rubric", "How the answer did on what this question is about."), levelChoice(),
                rubric);
        VBox checklist = new VBox(10);
        checklist.setId("checklist");
        Button showAll = new Button();
        showAll.setId("showAllDimensionsButton");
        showAll.getStyleClass().add("flat");
        showAll.setWrapText(true);
        showAll.setMinHeight(Region.USE_PREF_SIZE);
        showAll.setOnAction(e -> model.allDimensionsShownProperty().set(!model.allDimensionsShownProperty().get()));
        Runnable refill = () -> {
            fillChecklist(checklist);
            int hidden = model.hiddenDimensions();
            showAll.setText(model.allDimensionsShownProperty().get() ? "Show only this question's dimensions"
                    : "Show all " + model.plan().checklist().size() + " dimensions (" + hidden + " more)");
            showAll.setVisible(hidden > 0);
            showAll.setManaged(hidden > 0);
        };
        refill.run();
        model.planProperty().addListener((obs, old, plan) -> refill.run());
        model.allDimensionsShownProperty().addListener((obs, was, now) -> refill.run());
        Button edit = new Button("Dimensions...");
        edit.setId("editDimensionsButton");
        edit.getStyleClass().add("flat");
        edit.setOnAction(e -> {
            // Dimensions just added or renamed must be in sight, stressed by this question or not.
            model.allDimensionsShownProperty().set(true);
            editDimensions.run();
        });
        VBox tradeOffs = section("Trade-offs", "0 not addressed · 1 mentioned · 2 reasoned · 3 reasoned with"
                + " context and a revisit trigger. Shown: the dimensions this question stresses, and any you scored.");
        form.getChildren().addAll(headerRow(tradeOffs, edit), checklist, showAll);
        if (model.plan().starCheck()) {
            form.getChildren().addAll(section("Story (STAR)", "Tick what your story had."), star());
        }
        TextArea notes = new TextArea(model.cardProperty().get().notes());
        notes.setId("gradeNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setPromptText("What would you do differently next time?");
        notes.textProperty().addListener((obs, old, text) -> model.setNotes(text));
        form.getChildren().addAll(section("Reflection", null), notes);
        ScrollPane formScroll = new SideScroll(form);

        Node record = reference.<Node>map(r -> new AnswerAndReference(sessionRecord, r)).orElse(sessionRecord);
        SplitPane split = new SplitPane(record, formScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        if (record instanceof AnswerAndReference both) {
            // Two answers side by side need most of the width; the scorecard scrolls beside them.
            both.sideBySideProperty().addListener((obs, was, now) -> split.setDividerPositions(now ? 0.62 : 0.42));
        }
        setCenter(split);
    }

    /** Flags the phases the attempt skipped or left empty, e.g. "Deep dive (not reached), Wrap-up (no notes)". */
    public void flagPhaseGaps(String gaps) {
        phaseGaps.setText(gaps.isEmpty() ? "" : "Skipped or left empty: " + gaps + ".");
    }

    private void showScore(Label score, Tooltip formula, Label equation) {
        var breakdown = model.scoreProperty().get();
        score.setText(breakdown.graded() ? breakdown.totalText() + " / 100" : NOT_GRADED);
        formula.setText(breakdown.graded() ? breakdown.explain() : ScoreFormula.describe(model.plan().type()));
        equation.setText(breakdown.graded() ? breakdown.equation() : ScoreFormula.summary(model.plan().type()));
    }

    /** Which level's bar the rubric is scored against: the question's own at first. */
    private VBox levelChoice() {
        ChoiceBox<Level> level = new ChoiceBox<>();
        level.setId("gradeLevelChoice");
        level.getItems().setAll(Level.values());
        level.setConverter(ChoiceNames.of(Level::id));
        level.setValue(model.levelProperty().get());
        level.valueProperty().addListener((obs, old, chosen) -> model.setLevel(chosen));
        level.setMinWidth(Region.USE_PREF_SIZE);
        Label label = Texts.wrappedBetweenWords("Score against the bar for");
        Label note = Texts.wrapped("At staff and principal, the senior \"strong\" earns 2; 3 needs what a staff answer adds.",
                "section-help");
        HBox row = new HBox(8, label, level);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, note);
    }

    private void fillRubric(VBox box) {
        box.getChildren().clear();
        List<RubricCriterion> criteria = model.plan().rubric();
        if (criteria.isEmpty()) {
            box.getChildren().add(new Label("This question has no rubric; the checklist carries the score."));
        }
        List<String> labels = Arrays.stream(RubricLevel.values()).map(RubricLevel::label).toList();
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            RubricCriterion c = criteria.get(i);
            Label name = Texts.wrappedBetweenWords(c.criterion() + (c.weight() > 1 ? "  ×" + c.weight() : ""),
                    "grading-row-title");
            RubricBar bar = RubricBar.of(c, model.levelProperty().get());
            Label three = Texts.wrapped("3 \u00b7 " + bar.three(), "rubric-strong");
            Label two = Texts.wrapped("2 \u00b7 " + bar.two(), "rubric-solid");
            Label one = Texts.wrapped("1 \u00b7 " + bar.one(), "rubric-weak");
            three.setId("rubricThree-" + i);
            two.setId("rubricTwo-" + i);
            ScoreControl control = new ScoreControl(labels,
                    model.cardProperty().get().rubric().get(i).level().map(RubricLevel::points),
                    points -> model.setRubricLevel(index, points.flatMap(RubricLevel::ofPoints)));
            VBox row = new VBox(4, headerRow(name, control), three, two, one);
            row.setId("rubric-" + i);
            row.getStyleClass().add("grading-row");
            box.getChildren().add(row);
        }
    }

    private void fillChecklist(VBox box) {
        box.getChildren().clear();
        List<String> labels = Arrays.stream(ChecklistLevel.values()).map(ChecklistLevel::label).toList();
        for (ChecklistRow row : model.shownChecklist()) {
            ChecklistScore current = model.cardProperty().get().checklistScore(row.id()).orElseThrow();
            // The chip goes under the title, so that a narrow pane wraps the title instead of cutting either.
            VBox titleBox = new VBox(4, Texts.wrappedBetweenWords(row.dimension().title(), "grading-row-title"));
            if (row.stressed()) {
                Label chip = new Label("this question");
                chip.getStyleClass().addAll("chip", "chip-type");
                chip.setMinWidth(Region.USE_PREF_SIZE);
                titleBox.getChildren().add(chip);
            }
            ScoreControl control = new ScoreControl(labels, current.level().map(ChecklistLevel::points),
                    points -> model.setChecklistLevel(row.id(), points.flatMap(ChecklistLevel::ofPoints)));
            VBox questions = new VBox(2);
            row.dimension().questions().forEach(q -> questions.getChildren().add(Texts.wrapped("• " + q, "self-check")));
            TextField note = new TextField(current.note().orElse(""));
            note.setPromptText("One line: what you decided and why (optional)");
            note.textProperty().addListener((obs, old, text) -> model.setChecklistNote(row.id(), text));
            VBox rowBox = new VBox(4, headerRow(titleBox, control), questions, note);
            rowBox.setId("checklist-" + row.id());
            rowBox.getStyleClass().add("grading-row");
            if (row.stressed()) {
                rowBox.getStyleClass().add("stressed");
            }
            box.getChildren().add(rowBox);
        }
    }

    private VBox star() {
        VBox box = new VBox(6);
        box.setId("starCheck");
        for (StarElement element : StarElement.values()) {
            CheckBox check = new CheckBox(element.label() + partTime(element) + ": " + element.question());
            check.setId("star-" + element.id());
            check.setWrapText(true);
            check.setSelected(model.cardProperty().get().star().contains(element));
            check.selectedProperty().addListener((obs, was, now) -> model.setStar(element, now));
            box.getChildren().add(check);
        }
        String target = model.plan().targetAnswerLength().map(d -> d.toMinutes() + " min").orElse("");
        CheckBox timing = new CheckBox(model.measured().map(GradingView::measuredLength)
                .orElse("The answer fitted in " + target));
        timing.setId("timingCheck");
        timing.setWrapText(true);
        timing.setAllowIndeterminate(true);
        model.cardProperty().get().withinTarget().ifPresentOrElse(timing::setSelected, () -> timing.setIndeterminate(true));
        // A timed answer's length is a measurement, not a self-assessment.
        timing.setDisable(model.measured().isPresent());
        timing.selectedProperty().addListener((obs, was, now) -> model.setWithinTarget(Optional.of(now)));
        timing.indeterminateProperty().addListener((obs, was, now) -> {
            if (now) {
                model.setWithinTarget(Optional.empty());
            }
        });
        box.getChildren().add(timing);
        return box;
    }

    /** " (0:42)" after a STAR part the spoken answer measured, " (not marked)" for one it skipped; blank untimed. */
    private String partTime(StarElement element) {
        Optional<Part> part = switch (element) {
            case SITUATION -> Optional.of(Part.SITUATION);
            case TASK -> Optional.of(Part.TASK);
            case ACTION -> Optional.of(Part.ACTION);
            case RESULT -> Optional.of(Part.RESULT);
            case LEARNING -> Optional.empty();
        };
        return part.flatMap(p -> model.measured().map(t -> t.parts().get(p)))
                .map(d -> d.isZero() ? " (not marked)" : " (" + StarTiming.clock(d) + ")").orElse("");
    }

    private static String measuredLength(StarTiming timing) {
        String length = StarTiming.clock(timing.total());
        return timing.withinTarget() ? "Measured: the spoken answer took " + length + ", within " + StarTiming.target()
                : "Measured: the spoken answer took " + length + ", outside " + StarTiming.target()
                        + (timing.total().toSeconds() < StarTiming.SHORTEST_SECONDS ? " (too short)" : " (too long)");
    }

    /** A row's title, narrowing down to its widest word, beside its score buttons, which never shrink. */
    private static HBox headerRow(Region title, Node control) {
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        if (control instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(10, title, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox section(String title, String help) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(2, label);
        if (help != null) {
            box.getChildren().add(Texts.wrapped(help, "section-help"));
        }
        return box;
    }


    /** The session as it was written, read-only: phase summary, notes rendered, and the diagram. */
    public static Node sessionRecord(Node phaseSummary, String notes, Node whiteboard) {
        MarkdownView rendered = new MarkdownView();
        rendered.setId("gradingNotes");
        rendered.setMarkdown(notes.isBlank() ? "_No notes were taken._" : notes);
        Label notesTitle = new Label("Your notes");
        notesTitle.getStyleClass().add("section-title");
        Label boardTitle = new Label("Your diagram");
        boardTitle.getStyleClass().add("section-title");
        VBox content = new VBox(10, phaseSummary, notesTitle, rendered, boardTitle, whiteboard);
        content.getStyleClass().add("session-record");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
