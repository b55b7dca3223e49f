package app.rehearse.ui.bank;

import app.rehearse.bank.Question;
import app.rehearse.history.PracticeRecord;
import app.rehearse.ui.common.ColumnWidths;
import app.rehearse.ui.common.WrappedCell;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
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
    private static final double MIN_TITLE_WIDTH = 160;
    /** The best score and last date, and room for a vertical scroll bar: always shown. */
    private static final double BEST_AND_LAST = PracticeColumns.BEST_WIDTH + PracticeColumns.LAST_WIDTH + 18;
    /** Below this table width the type and level columns give way to a line under the title. */
    static final double NARROW_BELOW = TYPE_WIDTH + LEVEL_WIDTH + PracticeColumns.PRACTISED_WIDTH + BEST_AND_LAST
            + MIN_TITLE_WIDTH;
    /** Below this width (at 100% text) the practised column gives way to that line too. */
    static final double TIGHT_BELOW = PracticeColumns.PRACTISED_WIDTH + BEST_AND_LAST + MIN_TITLE_WIDTH;

    /** @param scale the text size against the theme's own: every width here is for 100% and grows with it */
    static TableView<Question> create(ObservableList<Question> shown, Predicate<Question> mine,
            PracticeColumns practice, DoubleExpression scale) {
        TableView<Question> table = new TableView<>();
        table.setId("bankTable");
        SortedList<Question> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // In a narrow table (a 1024-px window) the type and level move under the title instead of pushing the
        // practice columns out of sight; nothing is lost and nothing scrolls sideways.
        BooleanBinding narrow = narrowerThan(table, scale, NARROW_BELOW);
        // Narrower still (large text), how often it was practised joins them there too.
        BooleanBinding tight = narrowerThan(table, scale, TIGHT_BELOW);
        TableColumn<Question, Question> title = new TableColumn<>("Title");
        title.setId("bankTitleColumn");
        title.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        title.setComparator(Comparator.comparing(Question::title));
        title.setCellFactory(column -> new WrappedCell<>(Question::title, q -> !narrow.get() ? ""
                : q.type().label() + " \u00b7 " + q.level().id() + (tight.get() ? practice.practisedNote(q) : "")));
        table.getColumns().add(title);
        TableColumn<Question, String> type = column("Type", q -> q.type().label(), scale.multiply(TYPE_WIDTH));
        TableColumn<Question, String> level = column("Level", q -> q.level().id(), scale.multiply(LEVEL_WIDTH));
        type.visibleProperty().bind(narrow.not());
        level.visibleProperty().bind(narrow.not());
        table.getColumns().add(type);
        table.getColumns().add(level);
        List<TableColumn<Question, PracticeRecord>> practiceColumns = practice.create(table, scale);
        practiceColumns.get(0).visibleProperty().bind(tight.not());
        table.getColumns().addAll(practiceColumns);
        narrow.addListener((obs, was, now) -> table.refresh());
        tight.addListener((obs, was, now) -> table.refresh());
        // The title takes whatever width the other columns leave (less room for a vertical scroll bar).
        title.prefWidthProperty().bind(Bindings.max(scale.multiply(MIN_TITLE_WIDTH), table.widthProperty()
                .subtract(scale.multiply(BEST_AND_LAST))
                .subtract(Bindings.when(tight).then(0).otherwise(scale.multiply(PracticeColumns.PRACTISED_WIDTH)))
                .subtract(Bindings.when(narrow).then(0).otherwise(scale.multiply(TYPE_WIDTH + LEVEL_WIDTH)))));
        // The divider beside the table stops short of pushing a column out of sight.
        table.minWidthProperty().bind(scale.multiply(MIN_TITLE_WIDTH + BEST_AND_LAST));
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

    /** Whether the laid-out table is narrower than {@code width}, given at 100% text. */
    private static BooleanBinding narrowerThan(TableView<Question> table, DoubleExpression scale, double width) {
        return table.widthProperty().lessThan(scale.multiply(width)).and(table.widthProperty().greaterThan(0));
    }

    private static TableColumn<Question, String> column(String name, Function<Question, String> value,
            DoubleExpression width) {
        TableColumn<Question, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        ColumnWidths.hold(column, width);
        return column;
    }
}
