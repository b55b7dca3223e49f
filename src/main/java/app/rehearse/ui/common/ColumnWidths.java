package app.rehearse.ui.common;

import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.TableColumn;

/** Table columns whose widths are set in pixels for 100% text and follow the text size. */
public final class ColumnWidths {
    private ColumnWidths() {}

    /**
     * Holds {@code column} at {@code width} or wider. Binding the minimum too matters: a column whose width comes
     * out at exactly 80 px, JavaFX's default, is otherwise fitted to its cells (as "Best" at 125% text was, cutting
     * its header).
     */
    public static void hold(TableColumn<?, ?> column, DoubleExpression width) {
        column.prefWidthProperty().bind(width);
        column.minWidthProperty().bind(width);
    }

    /** Holds {@code column} at exactly {@code width}: a constrained resize policy gives the rest to the others. */
    public static void fix(TableColumn<?, ?> column, DoubleExpression width) {
        hold(column, width);
        column.maxWidthProperty().bind(width);
    }
}
