package app.rehearse.ui.bank;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.ui.markdown.MarkdownView;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Browse every loaded question: search, sort, and read a question with its hints, follow-ups and rubric. */
public final class BankView extends BorderPane {

    public BankView(QuestionBank bank) {
        getStyleClass().addAll("page", "bank-view");
        Label heading = new Label("Question bank");
        heading.getStyleClass().add("page-title");
        TextField search = new TextField();
        search.setId("bankSearch");
        search.setPromptText("Search titles, tags and prompts");

        FilteredList<Question> rows = new FilteredList<>(FXCollections.observableArrayList(bank.questions()));
        search.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            rows.setPredicate(q -> needle.isEmpty() || haystack(q).contains(needle));
        });
        TableView<Question> table = new TableView<>();
        table.setId("bankTable");
        javafx.collections.transformation.SortedList<Question> sorted = new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Title", q -> q.title(), 320));
        table.getColumns().add(column("Type", q -> q.type().id(), 120));
        table.getColumns().add(column("Level", q -> q.level().id(), 80));
        table.getColumns().add(column("Tags", q -> String.join(", ", q.tags()), 220));
        table.getColumns().add(column("Pack", q -> bank.packOf(q.id()).map(p -> p.pack().info().title()).orElse(""), 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No question matches."));

        VBox detail = new VBox(10);
        detail.getStyleClass().add("question-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> showDetail(detail, q));

        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox top = new VBox(12, heading, search);
        setTop(top);
        setCenter(split);
        BorderPane.setMargin(split, new javafx.geometry.Insets(12, 0, 0, 0));
    }

    private static String haystack(Question q) {
        return (q.title() + " " + String.join(" ", q.tags()) + " " + q.type().id() + " " + q.prompt()).toLowerCase(Locale.ROOT);
    }

    private static TableColumn<Question, String> column(String name, java.util.function.Function<Question, String> value,
            double width) {
        TableColumn<Question, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static void showDetail(VBox detail, Question q) {
        detail.getChildren().clear();
        if (q == null) {
            return;
        }
        Label title = new Label(q.title());
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        MarkdownView prompt = new MarkdownView();
        prompt.setMarkdown(q.prompt());
        detail.getChildren().addAll(title, prompt, section("Hints"));
        for (int i = 0; i < q.hints().size(); i++) {
            detail.getChildren().add(wrapped((i + 1) + ". " + q.hints().get(i)));
        }
        detail.getChildren().add(section("Follow-ups"));
        for (FollowUp f : q.followUps()) {
            detail.getChildren().add(wrapped((f.kind() == FollowUp.Kind.CURVEBALL ? "Curveball: " : "") + f.text()));
        }
        detail.getChildren().add(section("Rubric"));
        for (RubricCriterion c : q.rubric()) {
            Label name = new Label(c.criterion());
            name.getStyleClass().add("rubric-criterion");
            detail.getChildren().addAll(name, wrapped("Strong: " + c.strong()), wrapped("Weak: " + c.weak()));
        }
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
