package app.rehearse.ui.history;

import app.rehearse.bank.Question;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.ReferenceDoc;
import app.rehearse.history.SessionReview;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.LoopReport;
import app.rehearse.ui.common.ColumnWidths;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.LoopReportView;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.common.SideScroll;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.common.WrappedCell;
import app.rehearse.ui.practice.DrawViewModel;
import app.rehearse.whiteboard.WhiteboardFiles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Every past session: search and filter, review one, grade it, retry it, compare, export or delete. */
public final class HistoryView extends BorderPane {
    /** Wide enough for "Score" in the header with its sort arrow. */
    private static final double NUMBER_COLUMN_WIDTH = 66;
    /** Wide enough for "Oct 20, 09:00". */
    private static final double DATE_COLUMN_WIDTH = 118;
    private static final double QUESTION_MIN_WIDTH = 120;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, HH:mm")
            .withZone(ZoneId.systemDefault());

    /** What the history page asks of the rest of the app. */
    public interface Actions {
        /** Start a new session on this question (switches to the practice page). */
        void retry(Question question);

        /** Show self-grading for this session here; {@code back} returns to the review. */
        Node grading(SessionReview review, WhiteboardFiles.Found board, Runnable back);

        /** The diagram of a session for review (read-only, zoomable, with a replay of how it grew). */
        Node whiteboard(SessionReview review, WhiteboardFiles.Found board);

        /** The question's reference answer, with the signals the latest grade ticked; empty when it has none. */
        Optional<Node> reference(SessionReview review);

        /** The recorded spoken answer, with its STAR marks as chapters; shows nothing when there is none. */
        Node recording(SessionReview review);

        /** Makes this session's diagram the reference diagram of its question, in the question editor. */
        void useDiagramAsReference(SessionReview review);

        /**
         * Gathers the reference answers of these questions for an export, their diagrams rendered a tile
         * per pulse, and hands them to {@code ready}; call on the FX thread.
         */
        void referenceDocs(Set<String> questionIds, Consumer<Map<String, ReferenceDoc>> ready);
    }

    private final HistoryViewModel model;
    private final TableView<HistoryRow> table = new TableView<>();
    private final StackPane detail = new StackPane();
    private final Actions actions;
    private final Dialogs dialogs;
    private final UiTasks tasks;

    /**
     * @param tasks writes a loop report's export in the background
     * @param textScale the text size against the theme's own, which the table's column widths follow
     */
    public HistoryView(HistoryViewModel model, Actions actions, Dialogs dialogs, UiTasks tasks,
            DoubleExpression textScale) {
        this.tasks = tasks;
        this.model = model;
        this.actions = actions;
        this.dialogs = dialogs;
        getStyleClass().addAll("page", "history-view");

        Label heading = new Label("History");
        heading.getStyleClass().add("page-title");
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText("Search sessions");
        search.setTooltip(new Tooltip("Searches titles, tags, notes and reflections"));
        search.textProperty().bindBidirectional(model.queryProperty());
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("historyTypeFilter");
        type.getItems().setAll(DrawViewModel.TYPE_CHOICES);
        type.valueProperty().bindBidirectional(model.typeProperty());
        TextField tag = new TextField();
        tag.setId("historyTagFilter");
        tag.setPromptText("tag");
        tag.setPrefColumnCount(6);
        tag.textProperty().bindBidirectional(model.tagProperty());
        DatePicker from = new DatePicker();
        from.setId("historyFrom");
        from.setPromptText("from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("historyTo");
        to.setPromptText("to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        Spinner<Integer> minScore = new Spinner<>(0, 100, 0, 10);
        minScore.setId("historyMinScore");
        minScore.setPrefWidth(90);
        minScore.setTooltip(new Tooltip("Only sessions scoring at least this much (0: all, graded or not)"));
        minScore.valueProperty().addListener((obs, old, now) -> model.minScoreProperty().set(now));
        Label minScoreLabel = new Label("Score \u2265");
        minScoreLabel.setLabelFor(minScore);
        minScoreLabel.setMinWidth(Region.USE_PREF_SIZE);
        minScore.setMinWidth(Region.USE_PREF_SIZE);
        HBox scoreFilter = new HBox(6, minScoreLabel, minScore);
        scoreFilter.setAlignment(Pos.CENTER_LEFT);
        search.setPrefColumnCount(15);
        // Wraps onto a second line in a narrow window instead of squeezing every field.
        FlowPane filters = new FlowPane(8, 8, search, type, tag, from, to, scoreFilter);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("historyNotice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        Button undo = new Button("Undo");
        undo.setId("undoDeleteButton");
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoDelete());
        HBox noticeRow = new HBox(10, notice, undo);
        noticeRow.setAlignment(Pos.CENTER_LEFT);
        noticeRow.getStyleClass().add("notice-banner");
        noticeRow.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());

        setTop(new VBox(10, heading, filters, actionsRow(), noticeRow));
        buildTable(textScale);
        showPlaceholder();
        ScrollPane detailScroll = new SideScroll(detail);
        detailScroll.getStyleClass().add("history-detail-scroll");
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.57);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            model.select(row);
            if (row != null && row.isDamaged()) {
                showDamaged(row);
            }
            if (row != null && row.isLoop()) {
                showLoop(row.loop().get());
            }
        });
        model.reviewProperty().addListener((obs, old, review) -> showReview(review));
        model.highlightProperty().addListener((obs, old, p) -> showReview(model.reviewProperty().get()));
    }

    /** Starts showing sessions once the index has opened in the background. */
    public void attach(HistoryIndex index) {
        model.attach(index);
    }

    /** The history could not be opened: says so where the sessions would be, instead of "No sessions yet". */
    public void showLoadFailure(String message) {
        Label failure = new Label("Your sessions could not be listed: " + message);
        failure.setId("historyLoadFailure");
        failure.setWrapText(true);
        failure.getStyleClass().add("empty-state");
        table.setPlaceholder(failure);
    }

    /** Brings the list up to date (after a session was finished or graded elsewhere); an old notice goes. */
    public void refresh() {
        model.clearNotice();
        model.refresh();
    }

    private HBox actionsRow() {
        Button retry = button("retryButton", "Retry", "Start a new session on the same question");
        retry.setOnAction(e -> selectedReview().ifPresent(r -> actions.retry(r.session().snapshot().question())));
        Button grade = button("gradeButton", "Grade", "Grade (or re-grade) the selected session");
        grade.setOnAction(e -> selectedReview().ifPresent(r -> detail.getChildren().setAll(actions.grading(r, model.boardOf(r), () -> {
            model.refresh();
            model.select(table.getSelectionModel().getSelectedItem());
        }))));
        Button compare = button("compareButton", "Compare attempts", "All sessions of this question side by side");
        compare.setOnAction(e -> selectedReview().ifPresent(this::compare));
        for (Button b : List.of(retry, grade, compare)) {
            b.disableProperty().bind(model.reviewProperty().isNull());
        }
        SplitMenuButton export = new SplitMenuButton();
        export.setText("Export...");
        export.setId("exportButton");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Save the selected sessions as Markdown with their diagrams"));
        export.setOnAction(e -> exportSelected(false));
        MenuItem withReference = new MenuItem("Export with reference answers...");
        withReference.setId("exportWithReferenceItem");
        withReference.setOnAction(e -> exportSelected(true));
        export.getItems().add(withReference);
        Button delete = button("deleteButton", "Delete", "Move the selected sessions to the trash (undo is offered)");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.delete(selectedIds()));
        export.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : List.of(delete)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button emptyTrash = button("emptyTrashButton", "Empty trash...", "Remove trashed sessions for good");
        emptyTrash.getStyleClass().add("flat");
        emptyTrash.setOnAction(e -> {
            if (dialogs.confirm("Empty the trash?", "Sessions in the trash will be deleted for good.",
                    "Empty trash", "Cancel")) {
                model.emptyTrash();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, retry, grade, compare, export, delete, grow, emptyTrash);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Widths are for text at 100% and grow with {@code scale}. */
    private void buildTable(DoubleExpression scale) {
        table.setId("historyTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<HistoryRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<HistoryRow, String> date = column("Date", r -> r.session().map(SessionSummary::createdAt)
                .or(() -> r.loop().map(LoopReport::startedAt)).map(DATE::format).orElse(""));
        ColumnWidths.fix(date, scale.multiply(DATE_COLUMN_WIDTH));
        TableColumn<HistoryRow, HistoryRow> question = new TableColumn<>("Question");
        question.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        question.setCellFactory(col -> new WrappedCell<>(HistoryView::titleOf, HistoryView::detailsOf));
        question.setComparator(Comparator.comparing(HistoryView::titleOf));
        question.minWidthProperty().bind(scale.multiply(QUESTION_MIN_WIDTH));
        TableColumn<HistoryRow, Integer> score = new TableColumn<>("Score");
        score.setId("historyScoreColumn");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().session()
                .flatMap(s -> s.score().isPresent() ? Optional.of(s.score().getAsInt()) : Optional.empty())
                .or(() -> c.getValue().loop().map(r -> (int) Math.round(r.mean())))
                .orElse(null)));
        score.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        ColumnWidths.fix(score, scale.multiply(NUMBER_COLUMN_WIDTH));
        table.getColumns().addAll(List.of(date, question, score));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        question.setMaxWidth(Double.MAX_VALUE);
        Label placeholder = new Label("No sessions yet. Finished sessions appear here.");
        placeholder.getStyleClass().add("empty-state");
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("damaged"), item != null && item.isDamaged());
                pseudoClassStateChanged(PseudoClass.getPseudoClass("loop"), item != null && item.isLoop());
            }
        });
    }

    private static String titleOf(HistoryRow row) {
        return row.session().map(SessionSummary::title)
                .or(() -> row.loop().map(r -> "Mock loop: " + r.rounds().size() + " rounds"))
                .orElseGet(() -> "Damaged: " + row.damaged().orElseThrow().reason());
    }

    /** What a row says under its title: the type, how long it took and any overrun, the hints used. */
    static String detailsOf(HistoryRow row) {
        if (row.loop().isPresent()) {
            LoopReport loop = row.loop().get();
            return loop.verdict().label() + " \u00b7 " + loop.graded() + " of " + loop.rounds().size() + " rounds graded";
        }
        return row.session().map(s -> s.loop().map(mark -> "\u21b3 Round " + (mark.round() + 1) + " of " + mark.rounds()
                + " \u00b7 ").orElse("") + s.type().label() + " \u00b7 " + PhaseSummary.minutesSeconds(s.durationMs())
                + (s.overtimeMs() > 0 ? " (+" + PhaseSummary.minutesSeconds(s.overtimeMs()) + " over)" : "")
                + (s.hintsUsed() == 0 ? "" : " \u00b7 " + s.hintsUsed() + (s.hintsUsed() == 1 ? " hint" : " hints")))
                .orElse("");
    }

    private static TableColumn<HistoryRow, String> column(String name, Function<HistoryRow, String> value) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Selects one session to review, now or as soon as the list holds it. */
    public void reveal(String sessionId) {
        if (!selectRow(sessionId)) {
            table.getItems().addListener(new ListChangeListener<HistoryRow>() {
                @Override
                public void onChanged(Change<? extends HistoryRow> change) {
                    if (selectRow(sessionId)) {
                        table.getItems().removeListener(this);
                    }
                }
            });
        }
    }

    private boolean selectRow(String sessionId) {
        for (HistoryRow row : table.getItems()) {
            if (row.id().equals(sessionId)) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return true;
            }
        }
        return false;
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(r -> r != null)
                .flatMap(r -> r.isDamaged() ? Stream.of(r.id()) : r.sessions().stream().map(SessionSummary::id))
                .distinct().toList();
    }

    private Optional<SessionReview> selectedReview() {
        return Optional.ofNullable(model.reviewProperty().get());
    }

    private void showReview(SessionReview review) {
        if (review == null) {
            if (table.getSelectionModel().getSelectedItem() == null) {
                showPlaceholder();
            }
            return;
        }
        boolean offer = review.grades().isGraded() && model.boardOf(review).board().isPresent();
        detail.getChildren().setAll(new ReviewPane(review, model.highlightProperty().get(),
                r -> actions.whiteboard(r, model.boardOf(r)), actions::reference, actions::recording,
                offer ? Optional.of(() -> actions.useDiagramAsReference(review)) : Optional.empty()));
    }

    /** A loop's report; each round opens its review, listing the loop's rounds under it to do so. */
    private void showLoop(LoopReport report) {
        String loopId = report.loopId();
        Button expand = new Button();
        expand.setId("loopExpandButton");
        expand.setMinWidth(Region.USE_PREF_SIZE);
        Runnable label = () -> expand.setText(model.isLoopExpanded(loopId) ? "Fold the rounds into the loop"
                : "List the rounds under the loop");
        label.run();
        expand.setOnAction(e -> {
            model.setLoopExpanded(loopId, !model.isLoopExpanded(loopId));
            label.run();
        });
        LoopReportView view = new LoopReportView(report, ZoneId.systemDefault(), dialogs, tasks, Optional.of(id -> {
            model.setLoopExpanded(loopId, true);
            reveal(id);
        }));
        VBox box = new VBox(12, view, expand);
        box.getStyleClass().add("history-loop");
        detail.getChildren().setAll(box);
    }

    private void showDamaged(HistoryRow row) {
        Label label = new Label("This session could not be read and is left untouched on disk.\n\n"
                + row.damaged().orElseThrow().reason() + "\n\nFolder: " + row.damaged().orElseThrow().folder());
        label.setWrapText(true);
        label.getStyleClass().add("empty-state");
        detail.getChildren().setAll(label);
    }

    private void exportSelected(boolean withReference) {
        List<String> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        Set<String> questions = table.getSelectionModel().getSelectedItems().stream().flatMap(r -> r.sessions().stream())
                .map(SessionSummary::questionId).collect(Collectors.toSet());
        dialogs.chooseFolder("Export sessions to").ifPresent(dir -> {
            if (withReference) {
                actions.referenceDocs(questions, docs -> model.export(ids, dir, docs));
            } else {
                model.export(ids, dir);
            }
        });
    }

    private void showPlaceholder() {
        Label label = new Label("Select a session to review its notes, diagram, timeline and score.");
        label.setWrapText(true);
        label.getStyleClass().add("empty-state");
        detail.getChildren().setAll(label);
    }

    private void compare(SessionReview review) {
        String questionId = review.session().snapshot().question().id();
        model.index().ifPresent(index -> CompareWindow.show(getScene().getWindow(), index.attempts(questionId),
                model, r -> actions.whiteboard(r, model.boardOf(r)), actions::reference));
    }

    private static Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        return button;
    }
}
