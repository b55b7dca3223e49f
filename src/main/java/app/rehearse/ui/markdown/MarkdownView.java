package app.rehearse.ui.markdown;

import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.VBox;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Shows Markdown as native JavaFX text (headings, paragraphs, emphasis, lists, code, quotes)
 * without a browser engine: nothing runs and nothing loads from the network. Links show their
 * address in a tooltip; images show their description.
 */
public final class MarkdownView extends VBox {
    /** Built on first use, so that views with no Markdown to show do not pay for the parser at start-up. */
    private static final class Holder {
        static final Parser PARSER = Parser.builder().build();
    }

    private final StringProperty markdown = new SimpleStringProperty(this, "markdown", "");
    private final ReadOnlyStringWrapper plainText = new ReadOnlyStringWrapper(this, "plainText", "");
    private final ObjectProperty<Pattern> highlight =
            new SimpleObjectProperty<>(this, "highlight");

    public MarkdownView() {
        getStyleClass().add("markdown-view");
        setAccessibleRole(AccessibleRole.TEXT);
        markdown.addListener((obs, old, text) -> render(text));
        highlight.addListener((obs, old, pattern) -> render(markdown.get()));
    }

    public StringProperty markdownProperty() {
        return markdown;
    }

    public String getMarkdown() {
        return markdown.get();
    }

    public void setMarkdown(String text) {
        markdown.set(text == null ? "" : text);
    }

    /** Text matching this pattern is marked (search hits); null marks nothing. */
    public ObjectProperty<Pattern> highlightProperty() {
        return highlight;
    }

    public void setHighlight(Pattern pattern) {
        highlight.set(pattern);
    }

    /** The rendered text without formatting, as a reader would copy it. */
    public ReadOnlyStringProperty plainTextProperty() {
        return plainText.getReadOnlyProperty();
    }

    public String getText() {
        return plainText.get();
    }

    private void render(String text) {
        Node document = Holder.PARSER.parse(text == null ? "" : text);
        MarkdownRenderer renderer = new MarkdownRenderer(highlight.get());
        getChildren().setAll(renderer.render(document));
        plainText.set(renderer.plainText());
        setAccessibleText(renderer.plainText());
    }
}
