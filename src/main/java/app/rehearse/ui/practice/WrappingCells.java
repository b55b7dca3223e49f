package app.rehearse.ui.practice;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** List cells whose text wraps to the list's width instead of running off the edge. */
final class WrappingCells {
    private WrappingCells() {}

    static ListView<String> list(String id, String placeholder) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add("wrapping-list");
        list.setPlaceholder(new Label(placeholder));
        list.setCellFactory(view -> new ListCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.prefWidthProperty().bind(view.widthProperty().subtract(30));
                // Without this the label keeps one or two lines and ends in "..." instead of growing the cell.
                label.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    label.setText(item);
                    setGraphic(label);
                    setText(null);
                }
            }
        });
        return list;
    }
}
