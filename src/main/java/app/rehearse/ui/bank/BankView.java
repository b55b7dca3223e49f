package app.rehearse.ui.bank;

import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.history.PracticeRecords;
import app.rehearse.json.Problem;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.SideScroll;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.common.WrapRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The question bank page: every loaded question (shipped and the user's own) with search and
 * filters, a question in full, and the commands to write, edit, duplicate, delete, import and
 * export questions. The editor opens in place of the table.
 */
public final class BankView extends StackPane {
    private static final String STYLESHEET = "/app/rehearse/ui/bank/bank.css";

    private final BankViewModel model;
    private final Consumer<Question> practise;
    private final BorderPane browse = new BorderPane();
    private final TableView<Question> table;
    private final QuestionDetail detail;
    private final PracticeHistory practice;
    private final BankDialogs dialogs;
    private final PackCommands packs;
    private String selectedId;
    private boolean refreshing;

    /**
     * What the bank page works with, from the app's composition root.
     *
     * @param textScale the text size against the theme's own, which the table's column widths follow
     */
    public record Services(BankState bank, PastWork pastWork, UiTasks tasks, Clock clock, Dialogs dialogs,
            DoubleExpression textScale) {
    }

    /** @param practise starts a practice session on a question (switching to the Practice page) */
    public BankView(Services services, QuestionBank bank, Consumer<Question> practise) {
        this.practise = practise;
        this.dialogs = new BankDialogs(services.dialogs());
        UiTasks background = services.tasks();
        this.model = new BankViewModel(bank, services.bank().customPacks(), background, services.bank()::bankChanged);
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("bank-view");
        practice = new PracticeHistory(services.pastWork().history(), background);
        table = BankTable.create(model.shownQuestions(), model::isMine,
                new PracticeColumns(practice.recordsProperty(), practice::zone, services.clock()), services.textScale());
        // Shown again means sessions may have been finished, graded or deleted meanwhile.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                practice.refresh();
            }
        });
        detail = new QuestionDetail(new DetailActions(), services.tasks(), services.dialogs());
        practice.recordsProperty().addListener((obs, old, now) -> showDetail(table.getSelectionModel().getSelectedItem()));
        packs = new PackCommands(model, dialogs);
        services.bank().onBankChanged(this::bankChanged);
        buildBrowse(services.textScale());
        getChildren().setAll(browse);
    }

    BankViewModel model() {
        return model;
    }

    private void buildBrowse(DoubleExpression textScale) {
        browse.getStyleClass().addAll("page", "bank-browse");
        Label heading = new Label("Question bank");
        heading.getStyleClass().add("page-title");
        Label counts = new Label();
        counts.setId("bankCounts");
        counts.getStyleClass().add("page-lead");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            QuestionBank bank = model.bankProperty().get();
            long mine = bank.questions().stream().filter(model::isMine).count();
            return bank.questions().size() + " questions \u00b7 " + mine + " of yours";
        }, model.bankProperty()));

        Button newQuestion = button("newQuestionButton", "New question", this::newQuestion);
        newQuestion.getStyleClass().add("accent");
        Button newPack = button("newPackButton", "New pack", packs::newPack);
        Button importPack = button("importPackButton", "Import\u2026", packs::importFromChooser);
        MenuButton export = new MenuButton("Export");
        export.setId("exportPackButton");
        export.setOnShowing(e -> export.getItems().setAll(packs.exportItems(selection())));
        export.getItems().setAll(packs.exportItems(selection()));
        Button reload = button("reloadBankButton", "Reload", () -> model.reload(() -> { }));
        reload.setTooltip(new Tooltip("Read the packs in " + model.packFolder() + " again"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        VBox titles = new VBox(0, heading, counts);
        WrapRow titleRow = WrapRow.header(titles, List.of(newQuestion, newPack, importPack, export, reload));

        VBox top = new VBox(12, titleRow, filters(textScale));
        browse.setTop(top);
        // Notices come and go below the table, so the rows never move under the pointer as one appears or is dismissed.
        VBox notices = new VBox(8, statusLine(), problemsPanel());
        browse.setBottom(notices);
        BorderPane.setMargin(notices, new Insets(10, 0, 0, 0));

        ScrollPane detailScroll = new SideScroll(detail);
        detailScroll.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        browse.setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (!refreshing) {
                selectedId = q == null ? null : q.id();
            }
            showDetail(q);
        });
        packs.acceptDrops(browse);
    }

    /** @param textScale the text size against the theme's own, which the choices' widths follow */
    private Node filters(DoubleExpression textScale) {
        TextField search = new TextField();
        search.setId("bankSearch");
        search.setPromptText("Search questions");
        search.setTooltip(new Tooltip("Searches titles, ids, tags, prompts and pack names"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("bankTypeFilter");
        type.getItems().setAll(BankViewModel.typeChoices());
        type.valueProperty().bindBidirectional(model.typeProperty());
        ChoiceBox<String> level = new ChoiceBox<>();
        level.setId("bankLevelFilter");
        level.getItems().setAll(BankViewModel.levelChoices());
        level.valueProperty().bindBidirectional(model.levelProperty());
        ChoiceBox<PackChoice> pack = new ChoiceBox<>(model.packChoices());
        pack.setId("bankPackFilter");
        pack.valueProperty().bindBidirectional(model.packProperty());
        type.prefWidthProperty().bind(textScale.multiply(150));
        level.prefWidthProperty().bind(textScale.multiply(120));
        pack.prefWidthProperty().bind(textScale.multiply(210));
        for (Control c : List.of(type, level, pack)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The narrowest the search may be beside the choices before they go under it.
        search.prefWidthProperty().bind(textScale.multiply(170));
        Button deletePack = button("deletePackButton", "Delete pack\u2026", packs::deleteChosenPack);
        deletePack.getStyleClass().addAll("danger", "flat");
        deletePack.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.chosenPackOfMine().isPresent(), model.packProperty(), model.bankProperty()));
        deletePack.managedProperty().bind(deletePack.visibleProperty());
        // The search takes the room the choices leave; at a large text size the choices go under it.
        return WrapRow.growingLead(search, List.of(type, level, pack, deletePack));
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("bankStatus");
        status.getStyleClass().add("bank-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Node problemsPanel() {
        Label title = new Label();
        title.setId("importProblemsTitle");
        title.getStyleClass().add("notice-text");
        title.setWrapText(true);
        title.textProperty().bind(model.problemsTitleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = button("dismissProblemsButton", "Dismiss", model::clearProblems);
        dismiss.getStyleClass().add("flat");
        ListView<String> list = new ListView<>(model.problems());
        list.setId("importProblems");
        list.getStyleClass().add("problem-list");
        list.setPrefHeight(130);
        HBox head = new HBox(8, title, dismiss);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(6, head, list);
        panel.getStyleClass().add("notice-banner");
        panel.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private void newQuestion() {
        QuestionBank bank = model.bank();
        openEditor(QuestionForm.blank(bank, defaultTarget()));
    }

    /** The pack new questions go into: the one chosen in the filter if it is the user's, else "My questions". */
    private String defaultTarget() {
        return model.chosenPackOfMine().map(p -> p.pack().info().id()).orElse(CustomPacks.DEFAULT_PACK_ID);
    }

    private void openEditor(QuestionForm form) {
        List<QuestionEditor.PackTarget> targets = new ArrayList<>();
        model.myPacks().forEach(p -> targets.add(new QuestionEditor.PackTarget(p.pack().info().id(), p.pack().info().title())));
        if (targets.stream().noneMatch(t -> t.id().equals(CustomPacks.DEFAULT_PACK_ID))) {
            targets.add(0, new QuestionEditor.PackTarget(CustomPacks.DEFAULT_PACK_ID, CustomPacks.DEFAULT_PACK_TITLE + " (new)"));
        }
        QuestionEditor editor = new QuestionEditor(form, model.bank().dimensions(), targets, this::save, () -> {
            if (!form.isChanged() || dialogs.confirm("Discard your changes?", "The question has not been saved.", "Discard")) {
                closeEditor();
            }
        });
        getChildren().setAll(editor);
    }

    private void save(QuestionEditor editor) {
        QuestionForm form = editor.form();
        Question draft = form.draft();
        model.save(form.packId.get(), form.replacing(), draft, saved -> {
            closeEditor();
            select(saved.id());
        }, rejected -> editor.saveFailed(rejected.getMessage() + (rejected.problems().isEmpty() ? "" : ":\n"
                + rejected.problems().stream().map(Problem::format).collect(Collectors.joining("\n")))));
    }

    private void closeEditor() {
        getChildren().setAll(browse);
    }

    private void bankChanged(QuestionBank bank) {
        model.showBank(bank);
        if (selectedId != null) {
            select(selectedId);
        }
    }

    private void select(String id) {
        refreshing = true;
        try {
            table.getSelectionModel().clearSelection();
            int index = indexOf(id);
            if (index >= 0) {
                table.getSelectionModel().select(index);
                // A table just put back on screen is sized in the next layout pass; scrolling earlier misplaces the row.
                Platform.runLater(() -> table.scrollTo(Math.max(0, index - 2)));
            }
        } finally {
            refreshing = false;
        }
        selectedId = id;
        showDetail(table.getSelectionModel().getSelectedItem());
    }

    /**
     * Opens the editor on {@code q} with {@code diagram} (a file already copied beside the user's packs)
     * as its reference diagram: the user's own question is edited, a shipped one duplicated into a pack.
     */
    public void useDiagramAsReference(Question q, String diagram) {
        Optional<Question> inBank = model.bank().question(q.id());
        QuestionForm form = inBank.filter(model::isMine)
                .map(mine -> QuestionForm.edit(model.bank(), mine, model.bank().packOf(mine.id()).orElseThrow().pack().info()
                        .id()))
                .orElseGet(() -> QuestionForm.duplicate(model.bank(), inBank.orElse(q), defaultTarget()));
        form.useReferenceDiagram(diagram);
        openEditor(form);
    }

    private void showDetail(Question q) {
        PracticeRecords records = practice.recordsProperty().get();
        boolean practised = q != null && records != null && records.forQuestion(q.id()).sessions() > 0;
        detail.show(q, model.bank(), q != null && model.isMine(q), practised);
    }

    private List<Question> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private int indexOf(String id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private final class DetailActions implements QuestionDetail.Actions {
        @Override
        public void practise(Question q) {
            practise.accept(q);
        }

        @Override
        public void edit(Question q) {
            openEditor(QuestionForm.edit(model.bank(), q, model.bank().packOf(q.id()).orElseThrow().pack().info().id()));
        }

        @Override
        public void duplicate(Question q) {
            openEditor(QuestionForm.duplicate(model.bank(), q, defaultTarget()));
        }

        @Override
        public void delete(Question q) {
            if (dialogs.confirm("Delete the question?", "\u201c" + q.title() + "\u201d will be removed from \u201c"
                    + model.packTitle(q) + "\u201d. A copy of the pack is kept in the backups folder.", "Delete")) {
                model.delete(q);
            }
        }
    }
}
