package app.rehearse.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A calm page for a feature with nothing to show yet: what it is for and how to fill it. */
public final class Placeholder {
    private Placeholder() {}

    public static VBox of(String title, String purpose, String emptyState) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label what = new Label(purpose);
        what.setWrapText(true);
        what.getStyleClass().add("page-lead");
        Label empty = new Label(emptyState);
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        VBox card = new VBox(12, heading, what, empty);
        card.getStyleClass().add("page");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(760);
        return card;
    }
}
