package app.rehearse.ui.bank;

import app.rehearse.bank.Question;
import app.rehearse.history.PracticeRecord;
import app.rehearse.history.PracticeRecords;
import app.rehearse.ui.common.ColumnWidths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The bank table's Practised, Best and Last columns: how the user has done on each question.
 * Each cell's value is the question's {@link PracticeRecord}, so the columns sort on the numbers
 * and dates themselves; the cells show them as text. Until the history has been read the cells
 * stay empty (and sort as never practised).
 */
final class PracticeColumns {
    static final String NEVER = "\u2013";
    static final double PRACTISED_WIDTH = 100;
    static final double BEST_WIDTH = 64;
    static final double LAST_WIDTH = 106;
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

    private final ReadOnlyObjectProperty<PracticeRecords> records;
    private final Supplier<ZoneId> zone;
    private final Clock clock;

    /**
     * @param records the records to show; null while they are still being read
     * @param zone the zone the dates are shown in
     * @param clock says which year it is, to leave it out of this year's dates
     */
    PracticeColumns(ReadOnlyObjectProperty<PracticeRecords> records, Supplier<ZoneId> zone, Clock clock) {
        this.records = records;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * The three columns for {@code table}, whose cells are redrawn and rows sorted again whenever the
     * records change, keeping the user's selection and sort order; their widths grow with {@code scale}, the
     * text size against the theme's own.
     */
    List<TableColumn<Question, PracticeRecord>> create(TableView<Question> table, DoubleExpression scale) {
        records.addListener((obs, old, now) -> {
            table.refresh();
            if (!table.getSortOrder().isEmpty()) {
                // A new comparator from the same sort order makes the sorted rows sort again on the new values.
                table.sort();
            }
        });
        TableColumn<Question, PracticeRecord> practised = column("Practised", "bankPractisedColumn", scale.multiply(PRACTISED_WIDTH),
                Comparator.comparingInt(PracticeRecord::sessions), PracticeColumns::practisedText, true);
        TableColumn<Question, PracticeRecord> best = column("Best", "bankBestColumn", scale.multiply(BEST_WIDTH),
                Comparator.comparingInt(r -> r.best().orElse(-1)), PracticeColumns::bestText, true);
        TableColumn<Question, PracticeRecord> last = column("Last", "bankLastColumn", scale.multiply(LAST_WIDTH),
                Comparator.comparing(r -> r.last().orElse(Instant.MIN)),
                r -> lastText(r, zone.get(), LocalDate.now(clock.withZone(zone.get()))), false);
        return List.of(practised, best, last);
    }

    /** " · practised 3×" or " · not practised yet" for the line under a title; blank until the records are read. */
    String practisedNote(Question question) {
        if (records.get() == null) {
            return "";
        }
        PracticeRecord record = recordOf(question);
        return record.isPractised() ? " \u00b7 practised " + record.sessions() + "\u00d7" : " \u00b7 not practised yet";
    }

    static String practisedText(PracticeRecord record) {
        return record.isPractised() ? Integer.toString(record.sessions()) : NEVER;
    }

    static String bestText(PracticeRecord record) {
        return record.best().isPresent() ? Integer.toString(record.best().getAsInt()) : NEVER;
    }

    /** "12 Nov" this year, "12 Nov 2025" in any other, the day taken in {@code zone}. */
    static String lastText(PracticeRecord record, ZoneId zone, LocalDate today) {
        return record.last().map(at -> {
            LocalDate day = at.atZone(zone).toLocalDate();
            return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
        }).orElse(NEVER);
    }

    private TableColumn<Question, PracticeRecord> column(String name, String id, DoubleExpression width,
            Comparator<PracticeRecord> order, Function<PracticeRecord, String> text, boolean number) {
        TableColumn<Question, PracticeRecord> column = new TableColumn<>(name);
        column.setId(id);
        ColumnWidths.hold(column, width);
        column.setComparator(order);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(recordOf(cell.getValue())));
        if (number) {
            column.getStyleClass().add("number-column");
        }
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PracticeRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null || records.get() == null ? null : text.apply(record));
            }
        });
        return column;
    }

    private PracticeRecord recordOf(Question question) {
        PracticeRecords shown = records.get();
        return shown == null ? PracticeRecord.NEVER : shown.forQuestion(question.id());
    }
}
