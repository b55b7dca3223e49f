package app.rehearse.ui.practice;

import app.rehearse.ui.AppServices;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The practice page: pick a type, draw a prompt, read it, start a session. */
public final class PracticeView extends BorderPane {
    private final DrawViewModel draw;

    public PracticeView(AppServices services) {
        this.draw = new DrawViewModel(services.bank(), services.drawer());
        getStyleClass().addAll("page", "practice-view");

        Label heading = new Label("Practice");
        heading.getStyleClass().add("page-title");

        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("drawType");
        type.getItems().setAll(DrawViewModel.TYPE_CHOICES);
        type.valueProperty().bindBidirectional(draw.typeProperty());
        Label typeLabel = new Label("Type");
        typeLabel.setLabelFor(type);

        Button drawButton = new Button("Draw a prompt");
        drawButton.setId("drawButton");
        drawButton.getStyleClass().add("accent");
        drawButton.setDefaultButton(true);
        drawButton.setOnAction(e -> draw.draw());

        Button start = new Button("Start session");
        start.setId("startButton");
        start.getStyleClass().add("success");
        start.disableProperty().bind(draw.questionProperty().isNull());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(10, typeLabel, type, drawButton, grow, start);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("toolbar-row");

        Label message = new Label();
        message.setId("drawMessage");
        message.getStyleClass().add("inline-message");
        message.textProperty().bind(draw.messageProperty());
        message.visibleProperty().bind(draw.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox top = new VBox(12, heading, toolbar, message);
        setTop(top);

        QuestionCard card = new QuestionCard();
        Label empty = new Label("Choose a type and draw a prompt. Each draw is new until you have seen every"
                + " question of that type.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane body = new StackPane(empty);
        body.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        BorderPane.setMargin(scroll, new javafx.geometry.Insets(16, 0, 0, 0));

        draw.questionProperty().addListener((obs, old, q) -> {
            if (q != null) {
                card.show(q, draw.packTitle(q));
                body.getChildren().setAll(card);
            }
        });
    }

    DrawViewModel drawModel() {
        return draw;
    }
}
