package app.rehearse.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/** Turns a CommonMark tree into JavaFX nodes styled by the {@code markdown-*} classes of the theme sheet. */
final class MarkdownRenderer {
    private final StringBuilder plain = new StringBuilder();
    private final Pattern highlight;

    MarkdownRenderer(Pattern highlight) {
        this.highlight = highlight;
    }

    List<javafx.scene.Node> render(Node document) {
        return blocks(document);
    }

    String plainText() {
        return plain.toString().strip();
    }

    private List<javafx.scene.Node> blocks(Node parent) {
        List<javafx.scene.Node> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node block = block(child);
            if (block != null) {
                out.add(block);
            }
        }
        return out;
    }

    private javafx.scene.Node block(Node node) {
        if (node instanceof Heading heading) {
            TextFlow flow = inlines(heading, "markdown-h" + Math.min(heading.getLevel(), 3));
            plain.append('\n');
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            TextFlow flow = inlines(paragraph, "markdown-p");
            plain.append('\n');
            return flow;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node);
        }
        if (node instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof BlockQuote quote) {
            VBox box = new VBox(4);
            box.getStyleClass().add("markdown-quote");
            box.getChildren().setAll(blocks(quote));
            return box;
        }
        if (node instanceof ThematicBreak) {
            return new Separator();
        }
        if (node instanceof HtmlBlock html) {
            // Shown as the text it is: pack content never gets to run markup.
            return codeBlock(html.getLiteral());
        }
        return null;
    }

    private VBox list(Node list) {
        VBox box = new VBox(3);
        box.getStyleClass().add("markdown-list");
        int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? (number++) + "." : "\u2022";
            Label bullet = new Label(marker);
            bullet.getStyleClass().add("markdown-bullet");
            bullet.setMinWidth(18);
            plain.append(marker).append(' ');
            VBox content = new VBox(3);
            content.getChildren().setAll(blocks(item));
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(6, bullet, content);
            box.getChildren().add(row);
        }
        return box;
    }

    private Label codeBlock(String literal) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        Label label = new Label(code);
        label.getStyleClass().add("markdown-code-block");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        plain.append(code).append('\n');
        return label;
    }

    private TextFlow inlines(Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        appendInlines(parent, flow, List.of());
        return flow;
    }

    private void appendInlines(Node parent, TextFlow flow, List<String> styles) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                add(flow, text.getLiteral(), styles);
            } else if (node instanceof Code code) {
                add(flow, code.getLiteral(), with(styles, "markdown-code"));
            } else if (node instanceof Emphasis) {
                appendInlines(node, flow, with(styles, "markdown-em"));
            } else if (node instanceof StrongEmphasis) {
                appendInlines(node, flow, with(styles, "markdown-strong"));
            } else if (node instanceof Link link) {
                int before = flow.getChildren().size();
                appendInlines(node, flow, with(styles, "markdown-link"));
                Tooltip tip = new Tooltip(link.getDestination());
                flow.getChildren().subList(before, flow.getChildren().size()).forEach(n -> Tooltip.install(n, tip));
            } else if (node instanceof Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node a = image.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof org.commonmark.node.Text t) {
                        alt.append(t.getLiteral());
                    }
                }
                add(flow, "[image: " + alt + "]", with(styles, "markdown-em"));
            } else if (node instanceof SoftLineBreak) {
                // Notes are typed one item per line: a single newline stays a line break, as people expect.
                add(flow, "\n", styles);
            } else if (node instanceof HardLineBreak) {
                add(flow, "\n", styles);
            } else if (node instanceof HtmlInline html) {
                add(flow, html.getLiteral(), with(styles, "markdown-code"));
            } else {
                appendInlines(node, flow, styles);
            }
        }
    }

    private void add(TextFlow flow, String literal, List<String> styles) {
        plain.append(literal);
        if (highlight == null) {
            flow.getChildren().add(text(literal, styles));
            return;
        }
        Matcher m = highlight.matcher(literal);
        int from = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            if (m.start() > from) {
                flow.getChildren().add(text(literal.substring(from, m.start()), styles));
            }
            flow.getChildren().add(text(literal.substring(m.start(), m.end()), with(styles, "markdown-highlight")));
            from = m.end();
        }
        if (from < literal.length()) {
            flow.getChildren().add(text(literal.substring(from), styles));
        }
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("markdown-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> with(List<String> styles, String extra) {
        List<String> copy = new ArrayList<>(styles);
        copy.add(extra);
        return copy;
    }
}
