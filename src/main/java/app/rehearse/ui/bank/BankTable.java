package app.rehearse.ui.bank;

import app.rehearse.bank.Question;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The table of questions: sortable columns, several rows selectable (for export), the user's own rows marked. */
final class BankTable {
    private BankTable() {}

    static TableView<Question> create(ObservableList<Question> shown, Function<Question, String> packTitle,
            Predicate<Question> mine) {
        TableView<Question> table = new TableView<>();
        table.setId("bankTable");
        SortedList<Question> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Title", Question::title, 300));
        table.getColumns().add(column("Type", q -> q.type().label(), 120));
        table.getColumns().add(column("Level", q -> q.level().id(), 80));
        table.getColumns().add(column("Tags", q -> String.join(", ", q.tags()), 170));
        table.getColumns().add(column("Pack", packTitle, 170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No question matches the search and filters."));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                getStyleClass().remove("my-question");
                if (!empty && q != null && mine.test(q)) {
                    getStyleClass().add("my-question");
                }
            }
        });
        return table;
    }

    private static TableColumn<Question, String> column(String name, Function<Question, String> value, double width) {
        TableColumn<Question, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
