package app.rehearse.ui.bank;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Glossary;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.ReferenceSheets;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.reference.ReferenceView;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One question in full: chips, where it comes from, what you can do with it, the prompt, hints, follow-ups and rubric. */
final class QuestionDetail extends VBox {
    /** What the buttons above the prompt do. */
    interface Actions {
        void practise(Question q);

        void edit(Question q);

        void duplicate(Question q);

        void delete(Question q);
    }

    private final Actions actions;
    private final UiTasks tasks;
    private final Dialogs dialogs;
    private Glossary glossary = Glossary.empty();
    private Optional<String> glossaryProblem = Optional.empty();
    /** Questions whose spoilers the user chose to see in this run of the app. */
    private final Set<String> revealed = new HashSet<>();

    QuestionDetail(Actions actions, UiTasks tasks, Dialogs dialogs) {
        super(10);
        this.actions = actions;
        this.tasks = tasks;
        this.dialogs = dialogs;
        setId("questionDetail");
        getStyleClass().add("question-detail");
        showNothing();
        tasks.run(ReferenceSheets::shippedGlossary, read -> glossary = read,
                e -> glossaryProblem = Optional.of("The glossary could not be read: " + e.getMessage()));
    }

    /**
     * Shows a question. A shipped question not yet practised keeps its hints, follow-ups, rubric and
     * reference answer behind an explicit Reveal, so reading the bank never spoils a first attempt.
     */
    void show(Question q, QuestionBank bank, boolean mine, boolean practised) {
        getChildren().clear();
        if (q == null) {
            showNothing();
            return;
        }
        Label title = new Label(q.title());
        title.setId("detailTitle");
        title.getStyleClass().add("question-title");
        title.setWrapText(true);

        FlowPane chips = new FlowPane(6, 6, chip(q.type().label(), "chip-type"), chip(q.level().id(), "chip-level"));
        q.competency().ifPresent(c -> chips.getChildren().add(chip(c, "chip-competency")));
        q.tags().forEach(tag -> chips.getChildren().add(chip("#" + tag, "chip-tag")));

        String pack = bank.packOf(q.id()).map(p -> p.pack().info().title()).orElse("");
        Label source = new Label((mine ? "In your pack \u201c" + pack + "\u201d" : "Shipped with Rehearse in \u201c" + pack
                + "\u201d \u00b7 read-only: duplicate it to change it") + " \u00b7 id " + q.id());
        source.getStyleClass().add("question-source");
        source.setWrapText(true);

        Button practise = button("practiceThisButton", "Practise this", "accent", () -> actions.practise(q));
        Button duplicate = button("duplicateQuestionButton", "Duplicate", null, () -> actions.duplicate(q));
        FlowPane buttons = new FlowPane(8, 8, practise);
        if (mine) {
            buttons.getChildren().add(button("editQuestionButton", "Edit", null, () -> actions.edit(q)));
        }
        buttons.getChildren().add(duplicate);
        if (mine) {
            buttons.getChildren().add(button("deleteQuestionButton", "Delete", "danger", () -> actions.delete(q)));
        }
        buttons.setAlignment(Pos.CENTER_LEFT);

        MarkdownView prompt = new MarkdownView();
        prompt.setId("detailPrompt");
        prompt.setMarkdown(q.prompt());
        getChildren().addAll(title, chips, source, buttons, prompt);
        if (!mine && !practised && !revealed.contains(q.id())) {
            Label why = Texts.wrapped("Hints, follow-ups, the rubric and the reference answer stay hidden until you have"
                    + " practised this question, so they do not spoil your first attempt.");
            why.getStyleClass().add("section-help");
            Button reveal = button("revealSpoilersButton", "Reveal anyway", null, () -> {
                revealed.add(q.id());
                show(q, bank, mine, practised);
            });
            VBox guard = new VBox(8, why, reveal);
            guard.setId("spoilerGuard");
            guard.getStyleClass().add("spoiler-guard");
            getChildren().add(guard);
            addTradeOffs(q, bank);
            return;
        }
        showSpoilers(q, bank);
    }

    private void showSpoilers(Question q, QuestionBank bank) {
        if (!q.hints().isEmpty()) {
            getChildren().add(SectionTitle.of("Hints"));
            for (int i = 0; i < q.hints().size(); i++) {
                getChildren().add(Texts.wrapped((i + 1) + ". " + q.hints().get(i)));
            }
        }
        if (!q.followUps().isEmpty()) {
            getChildren().add(SectionTitle.of("Follow-ups"));
            for (FollowUp f : q.followUps()) {
                Label line = Texts.wrapped((f.kind() == FollowUp.Kind.CURVEBALL ? "Curveball: " : "\u2022 ") + f.text());
                if (f.kind() == FollowUp.Kind.CURVEBALL) {
                    line.getStyleClass().add("curveball");
                }
                getChildren().add(line);
            }
        }
        if (!q.rubric().isEmpty()) {
            getChildren().add(SectionTitle.of("Rubric"));
            for (RubricCriterion c : q.rubric()) {
                Label name = Texts.wrapped(c.criterion() + (c.weight() != RubricCriterion.DEFAULT_WEIGHT ? "  \u00d7" + c.weight() : ""));
                name.getStyleClass().add("rubric-criterion");
                getChildren().addAll(name, Texts.wrapped("Strong: " + c.strong()));
                c.solid().ifPresent(solid -> getChildren().add(Texts.wrapped("Solid: " + solid)));
                getChildren().add(Texts.wrapped("Weak: " + c.weak()));
                c.staff().ifPresent(staff -> getChildren().add(Texts.wrapped("Staff adds: " + staff)));
            }
        }
        q.rescueHint().ifPresent(hint -> getChildren().addAll(SectionTitle.of("Rescue hint"), Texts.wrapped(hint)));
        addConcepts(q);
        addTradeOffs(q, bank);
        q.reference().ifPresent(r -> getChildren().add(new ReferenceView(r, bank.referenceDiagram(q.id()), tasks, dialogs,
                Set.of(), Optional.empty())));
    }

    /** The concepts the question exercises, through its tags, each explained in a line or two. */
    private void addConcepts(Question q) {
        List<Glossary.Concept> concepts = glossary.exercisedBy(q);
        if (concepts.isEmpty() && glossaryProblem.isEmpty()) {
            return;
        }
        VBox list = new VBox(6);
        list.setId("detailConcepts");
        glossaryProblem.ifPresent(problem -> list.getChildren().add(Texts.wrapped(problem)));
        for (Glossary.Concept c : concepts) {
            Label term = Texts.wrapped(c.term());
            term.getStyleClass().add("rubric-criterion");
            list.getChildren().addAll(term, Texts.wrapped(c.explanation()), Texts.wrapped("When: " + c.whenToUse()),
                    Texts.wrapped("Costs: " + c.costs()));
        }
        getChildren().addAll(SectionTitle.of("Concepts it exercises"), list);
    }

    private void addTradeOffs(Question q, QuestionBank bank) {
        if (!q.tradeOffs().isEmpty()) {
            getChildren().add(SectionTitle.of("Trade-offs"));
            FlowPane dims = new FlowPane(6, 6);
            q.tradeOffs().forEach(id -> dims.getChildren().add(chip(bank.dimension(id).map(ChecklistDimension::title)
                    .orElse(id), "chip-dimension")));
            getChildren().add(dims);
        }
        q.timeboxMinutes().ifPresent(m -> getChildren().add(Texts.wrapped("Timebox: " + m + " minutes")));
    }

    private void showNothing() {
        Label empty = new Label("Select a question to read it in full, practise it, or duplicate it into your own pack.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        getChildren().setAll(empty);
    }

    private static Button button(String id, String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Node chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", kind);
        return chip;
    }
}
