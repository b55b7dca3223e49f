package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.ui.markdown.MarkdownView;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A drawn question: title, chips for type, level and tags, and the prompt rendered from Markdown. */
final class QuestionCard extends VBox {
    private final Label title = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final Label source = new Label();
    private final MarkdownView prompt = new MarkdownView();

    QuestionCard() {
        super(12);
        getStyleClass().add("question-card");
        title.setId("questionTitle");
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        chips.setId("questionMeta");
        source.getStyleClass().add("question-source");
        prompt.setId("questionPrompt");
        getChildren().addAll(title, chips, prompt, source);
    }

    void show(Question q, String packTitle) {
        title.setText(q.title());
        chips.getChildren().setAll(chip(q.type().id(), "chip-type"), chip(q.level().id(), "chip-level"));
        q.competency().ifPresent(c -> chips.getChildren().add(chip(c, "chip-competency")));
        q.tags().forEach(tag -> chips.getChildren().add(chip("#" + tag, "chip-tag")));
        prompt.setMarkdown(q.prompt());
        source.setText(packTitle.isEmpty() ? "" : "From " + packTitle);
    }

    private static Label chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", kind);
        return chip;
    }
}
