package app.rehearse.ui.bank;

import app.rehearse.bank.Question;
import app.rehearse.ui.common.WrappedCell;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The table of questions: sortable columns, several rows selectable (for export), the user's own rows
 * marked. Tags and pack are left to the detail pane, the search and the pack filter, so that the
 * title and how the user has done on each question fit beside the detail at the usual window size.
 */
final class BankTable {
    private BankTable() {}

    private static final double TYPE_WIDTH = 132;
    private static final double LEVEL_WIDTH = 60;

    static TableView<Question> create(ObservableList<Question> shown, Predicate<Question> mine,
            PracticeColumns practice) {
        TableView<Question> table = new TableView<>();
        table.setId("bankTable");
        SortedList<Question> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<Question, String> title = column("Title", Question::title, 240);
        title.setCellFactory(column -> WrappedCell.plain());
        table.getColumns().add(title);
        table.getColumns().add(column("Type", q -> q.type().label(), TYPE_WIDTH));
        table.getColumns().add(column("Level", q -> q.level().id(), LEVEL_WIDTH));
        table.getColumns().addAll(practice.create(table));
        // The title takes whatever width the other columns leave (less room for a vertical scroll bar).
        double others = TYPE_WIDTH + LEVEL_WIDTH + PracticeColumns.PRACTISED_WIDTH + PracticeColumns.BEST_WIDTH
                + PracticeColumns.LAST_WIDTH + 18;
        title.prefWidthProperty().bind(Bindings.max(160, table.widthProperty().subtract(others)));
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
