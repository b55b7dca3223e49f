package app.rehearse.ui.bank;

import app.rehearse.ui.markdown.MarkdownView;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Beside the editor's form: what is left to fix ({@code #validationMessages}) and the question as it will read. */
final class EditorSidePanel extends VBox {
    EditorSidePanel(QuestionForm form) {
        super(8);
        getStyleClass().add("editor-side");
        Label problemsTitle = new Label();
        problemsTitle.getStyleClass().add("section-title");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> form.messages().isEmpty() ? "Ready to save"
                : form.messages().size() == 1 ? "1 thing to fix" : form.messages().size() + " things to fix", form.messages()));
        ListView<String> messages = new ListView<>(form.messages());
        messages.setId("validationMessages");
        messages.getStyleClass().add("validation-messages");
        messages.setPlaceholder(new Label("The question follows every rule of a pack file."));
        messages.setPrefHeight(210);
        messages.setCellFactory(view -> new WrappingCell(view));

        Label previewTitle = new Label("Preview");
        previewTitle.getStyleClass().add("section-title");
        Label title = new Label();
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        title.textProperty().bind(form.title);
        MarkdownView preview = new MarkdownView();
        preview.setId("questionPreview");
        preview.markdownProperty().bind(form.prompt);
        Label referenceTitle = new Label("Reference answer");
        referenceTitle.getStyleClass().add("section-title");
        MarkdownView reference = new MarkdownView();
        reference.setId("referencePreview");
        reference.markdownProperty().bind(form.referenceOutline);
        referenceTitle.visibleProperty().bind(form.referenceOutline.isNotEmpty());
        referenceTitle.managedProperty().bind(referenceTitle.visibleProperty());
        reference.visibleProperty().bind(referenceTitle.visibleProperty());
        reference.managedProperty().bind(referenceTitle.visibleProperty());
        VBox previewBox = new VBox(10, title, preview, referenceTitle, reference);
        previewBox.getStyleClass().add("question-detail");
        ScrollPane previewScroll = new ScrollPane(previewBox);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        getChildren().addAll(problemsTitle, messages, previewTitle, previewScroll);
    }

    /** A list cell whose text wraps to the list's width. */
    private static final class WrappingCell extends ListCell<String> {
        private final Label label = new Label();

        WrappingCell(ListView<String> view) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.prefWidthProperty().bind(view.widthProperty().subtract(30));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            label.setText(item);
            setGraphic(empty || item == null ? null : label);
        }
    }
}
