package app.rehearse.ui.stories;

import app.rehearse.bank.Question;
import app.rehearse.stories.Competencies;
import app.rehearse.stories.Coverage;
import app.rehearse.stories.Story;
import app.rehearse.stories.StoryRepository;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.common.WrappedCell;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
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
 * The story bank: the user's STAR stories with an editor beside them, and the coverage they give of
 * the competencies behavioral questions probe.
 */
public final class StoriesView extends BorderPane {
    /** What the stories page works with, from the app's composition root. */
    public record Services(StoryRepository stories, BankState bank, PastWork past, UiTasks tasks, Clock clock,
            Dialogs dialogs) {
    }

    private final StoriesViewModel model;
    private final Dialogs dialogs;
    private final TableView<Story> table = new TableView<>();
    private final StackPane editorHolder = new StackPane();
    private final CoverageMatrix coverage;

    /** @param practise starts a session on a question (from a coverage gap) */
    public StoriesView(Services services, Consumer<Question> practise) {
        this.dialogs = services.dialogs();
        this.model = new StoriesViewModel(services.stories(),
                () -> services.bank().currentBank().map(b -> b.questions()).orElse(List.of()), services.past(),
                services.tasks(), services.clock());
        this.coverage = new CoverageMatrix(practise);
        getStyleClass().addAll("page", "stories-view");

        Label heading = new Label("Stories");
        heading.getStyleClass().add("page-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label lead = new Label();
        lead.setId("storyCounts");
        lead.getStyleClass().add("page-lead");
        lead.setWrapText(true);
        lead.textProperty().bind(Bindings.createStringBinding(() -> leadText(model.coverageProperty().get()),
                model.coverageProperty()));
        Button newStory = new Button("New story");
        newStory.setId("newStoryButton");
        newStory.getStyleClass().add("accent");
        newStory.setMinWidth(Region.USE_PREF_SIZE);
        newStory.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(StoryForm.blank(model.now()));
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox titles = new VBox(0, heading, lead);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        HBox titleRow = new HBox(10, titles, grow, newStory);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        TextField search = new TextField();
        search.setId("storySearch");
        search.setPromptText("Search stories");
        search.setTooltip(new Tooltip("Searches titles, the STAR parts and competencies"));
        search.textProperty().bindBidirectional(model.searchProperty());
        Label status = new Label();
        status.setId("storyStatus");
        status.getStyleClass().add("save-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        setTop(new VBox(12, titleRow, search, status));

        buildTable();
        ScrollPane editorScroll = new ScrollPane(editorHolder);
        editorScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, editorScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        ScrollPane coverageScroll = new ScrollPane(coverage);
        coverageScroll.setFitToWidth(true);
        Tab storiesTab = new Tab("Your stories", split);
        Tab coverageTab = new Tab("Coverage", coverageScroll);
        coverageTab.setId("coverageTab");
        TabPane tabs = new TabPane(storiesTab, coverageTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));

        model.coverageProperty().addListener((obs, old, now) -> coverage.show(now, model.allStories()));
        coverage.show(model.coverageProperty().get(), model.allStories());
        services.bank().whenBankReady(bank -> model.recount());
        services.bank().onBankChanged(bank -> model.recount());
        showNothingSelected();
        model.load();
    }

    private void buildTable() {
        table.setId("storyTable");
        table.setItems(model.shownStories());
        TableColumn<Story, Story> story = new TableColumn<>("Story");
        story.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        story.setCellFactory(c -> new WrappedCell<>(Story::title, s -> when(s) + " \u00b7 " + s.scope().label()));
        story.prefWidthProperty().bind(table.widthProperty().multiply(0.55).subtract(4));
        TableColumn<Story, Story> shows = new TableColumn<>("Shows");
        shows.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        shows.setCellFactory(c -> new WrappedCell<>(s -> String.join(", ", s.competencies().stream()
                .map(Competencies::label).toList()), s -> ""));
        shows.prefWidthProperty().bind(table.widthProperty().multiply(0.45).subtract(16));
        table.getColumns().add(story);
        table.getColumns().add(shows);
        Label none = new Label("No stories yet. Write the 8 to 12 you would tell in any interview: each one can answer"
                + " several questions.");
        none.setWrapText(true);
        none.getStyleClass().add("empty-state");
        none.setPadding(new Insets(12));
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                edit(StoryForm.of(selected));
            }
        });
        model.shownStories().addListener((ListChangeListener<Story>) c -> {
            if (table.getSelectionModel().isEmpty() && editorHolder.getChildren().isEmpty()) {
                showNothingSelected();
            }
        });
    }

    private void edit(StoryForm form) {
        Runnable delete = form.editing().<Runnable>map(story -> () -> {
            if (dialogs.confirm("Delete this story?", "\u201c" + story.title() + "\u201d will be deleted; a copy is kept"
                    + " in the backups folder.", "Delete", "Keep")) {
                model.delete(story, this::showNothingSelected);
            }
        }).orElse(null);
        StoryEditor editor = new StoryEditor(form, this::save, delete);
        form.editing().ifPresentOrElse(story -> {
            StoryTellings tellings = new StoryTellings();
            model.tellings(story, tellings::show, e -> tellings.unavailable(e.getMessage()));
            editorHolder.getChildren().setAll(new VBox(18, editor, tellings));
        }, () -> editorHolder.getChildren().setAll(editor));
    }

    private void save(StoryForm form) {
        model.save(form, saved -> table.getSelectionModel().select(saved));
    }

    private void showNothingSelected() {
        Label hint = new Label("Select a story to edit it, or write a new one.");
        hint.getStyleClass().add("empty-state");
        hint.setWrapText(true);
        editorHolder.getChildren().setAll(hint);
    }

    private static String when(Story s) {
        YearMonth from = s.from();
        return s.until().filter(u -> !u.equals(from)).map(u -> from + " to " + u).orElse(from.toString());
    }

    private static String leadText(Coverage coverage) {
        long covered = coverage.rows().stream().filter(r -> r.status() != Coverage.Status.GAP).count();
        return covered + " of " + coverage.rows().size() + " competencies have a story";
    }
}
