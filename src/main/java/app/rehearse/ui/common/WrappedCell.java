package app.rehearse.ui.common;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A table cell that shows its text in full, wrapped at the column's width, with an optional quieter
 * line beneath: a long question title is never cut short, the row grows instead.
 *
 * @param <S> the table's row type
 * @param <T> the column's value
 */
public final class WrappedCell<S, T> extends TableCell<S, T> {
    /** The cell's padding on both sides, which the text must leave free. */
    private static final double PADDING = 18;

    private final Function<T, String> main;
    private final Function<T, String> secondary;
    private final Text mainText = new Text();
    private final Text secondaryText = new Text();
    private final VBox lines = new VBox(2, mainText, secondaryText);

    /**
     * @param main      the text, shown in full
     * @param secondary a quieter line under it (style class {@code wrapped-cell-secondary}); blank for none
     */
    public WrappedCell(Function<T, String> main, Function<T, String> secondary) {
        this.main = main;
        this.secondary = secondary;
        mainText.getStyleClass().add("wrapped-cell-text");
        secondaryText.getStyleClass().add("wrapped-cell-secondary");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** A cell showing the value's text alone. */
    public static <S> WrappedCell<S, String> plain() {
        return new WrappedCell<>(Function.identity(), value -> "");
    }

    /** The text the cell shows, main line first; for tests and accessibility. */
    public String shownText() {
        if (getGraphic() == null) {
            return "";
        }
        return secondaryText.getText().isEmpty() ? mainText.getText() : mainText.getText() + "\n" + secondaryText.getText();
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (!mainText.wrappingWidthProperty().isBound() && getTableColumn() != null) {
            // The column's width is known before the cell is laid out, so the row is as tall as the text needs.
            mainText.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(PADDING));
            secondaryText.wrappingWidthProperty().bind(mainText.wrappingWidthProperty());
        }
        mainText.setText(main.apply(value));
        String quieter = secondary.apply(value);
        secondaryText.setText(quieter);
        secondaryText.setVisible(!quieter.isBlank());
        secondaryText.setManaged(!quieter.isBlank());
        setAccessibleText(shownText());
        setGraphic(lines);
    }
}
