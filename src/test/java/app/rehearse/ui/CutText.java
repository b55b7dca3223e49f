package app.rehearse.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds text a person would see cut short: a button or column header whose rendered text differs from
 * its own text (an ellipsis took its end), a table cell or whiteboard palette tile cut the same way (or a
 * tile showing no name at all), and a hint or follow-up cell shorter than its text needs.
 * Call on the FX thread after layout.
 */
final class CutText {
    private CutText() {}

    /** One line per problem, naming the control and what it shows instead of its text. */
    static List<String> in(Parent root) {
        List<String> problems = new ArrayList<>();
        visit(root, node -> {
            if (!shown(node)) {
                return;
            }
            if (node instanceof TextInputControl input && input.getPromptText() != null
                    && input.getPromptText().contains("\n")) {
                problems.add("the prompt text of #" + input.getId() + " has line breaks, which are shown run together");
            }
            if (node instanceof TableView<?> table && table.lookupAll(".scroll-bar").stream()
                    .anyMatch(bar -> bar instanceof ScrollBar sb && sb.getOrientation() == Orientation.HORIZONTAL
                            && sb.isVisible())) {
                problems.add("#" + table.getId() + " scrolls sideways: a column is out of sight");
            }
            if (node instanceof Labeled labeled) {
                double right = labeled.localToScene(labeled.getLayoutBounds()).getMaxX();
                double windowWidth = labeled.getScene().getWidth();
                if (labeled.getWidth() > 0 && right > windowWidth + 1 && !insideScrollPane(labeled)) {
                    problems.add(describe(labeled) + " runs off the window's edge (" + Math.round(right) + " > "
                            + Math.round(windowWidth) + ")");
                }
            }
            if (node instanceof SplitPane split) {
                for (Node item : split.getItems()) {
                    if (item instanceof Region side && side.getWidth() > 0 && side.minWidth(-1) > side.getWidth() + 1) {
                        problems.add(describe(side) + " needs " + Math.round(side.minWidth(-1)) + " px beside #"
                                + split.getId() + "'s divider, which leaves it " + Math.round(side.getWidth()));
                    }
                }
            }
            if (node instanceof ButtonBase button) {
                check(button, describe(button), problems);
            } else if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                header.getChildrenUnmodifiable().stream().filter(Label.class::isInstance).map(Label.class::cast)
                        .findFirst().ifPresent(label -> check(label, "column header \"" + label.getText() + "\"", problems));
            } else if (node instanceof Label tile && tile.getStyleClass().contains("stencil-tile")) {
                if (tile.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                    problems.add("palette tile \"" + tile.getText() + "\" shows no name");
                }
                check(tile, "palette tile", problems);
            } else if (node instanceof TableCell<?, ?> cell && !cell.isEmpty()) {
                check(cell, "table cell in column \"" + (cell.getTableColumn() == null ? "" : cell.getTableColumn().getText())
                        + "\"", problems);
            } else if (node instanceof ListCell<?> cell && cell.getListView() != null && isCueList(cell.getListView())
                    && cell.getItem() != null) {
                double needed = cell.prefHeight(cell.getWidth());
                if (cell.getHeight() + 0.5 < needed) {
                    problems.add("cell in #" + cell.getListView().getId() + " \"" + cell.getText() + "\" is "
                            + Math.round(cell.getHeight()) + " px high but needs " + Math.round(needed));
                }
                check(cell, "cell in #" + cell.getListView().getId(), problems);
            }
            if (node instanceof Label label && !(label.getParent() instanceof TableColumnHeader)
                    && !label.getStyleClass().contains("stencil-tile")) {
                check(label, describe(label), problems);
            }
            if (node instanceof ListCell<?> shown && shown.getParent() instanceof ComboBox<?> box) {
                check(shown, "the choice shown in ComboBox #" + box.getId(), problems);
            }
            if (node instanceof Labeled labeled && labeled.isWrapText()) {
                wholeWords(labeled, describe(labeled) + " \"" + labeled.getText() + "\"", problems);
            }
        });
        return problems;
    }

    /**
     * Scroll panes that fit their content to their width yet show a horizontal scroll bar, because
     * something inside will not shrink to the window: names the outermost such node.
     */
    static List<String> overflowing(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof ScrollPane scroll && scroll.isFitToWidth() && shown(scroll)
                    && scroll.getContent() instanceof Region content) {
                double viewport = scroll.getViewportBounds().getWidth();
                if (content.minWidth(-1) > viewport + 1) {
                    Region culprit = content;
                    boolean deeper = true;
                    while (deeper) {
                        deeper = false;
                        for (Node child : culprit.getChildrenUnmodifiable()) {
                            if (child instanceof Region r && r.isManaged() && r.minWidth(-1) > viewport + 1) {
                                culprit = r;
                                deeper = true;
                                break;
                            }
                        }
                    }
                    found.add(describe(culprit) + " needs " + Math.round(culprit.minWidth(-1)) + " px in a "
                            + Math.round(viewport) + " px wide scroll pane");
                }
            }
        });
        return found;
    }

    private static boolean insideScrollPane(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane || at instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + " "
                + node.getStyleClass();
    }

    private static boolean isCueList(ListView<?> list) {
        String id = list.getId();
        return "hintList".equals(id) || "followUpList".equals(id) || "validationMessages".equals(id);
    }

    private static void check(Labeled labeled, String what, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getWidth() <= 0) {
            return;
        }
        List<String> rendered = new ArrayList<>();
        visit(labeled, node -> {
            if (node instanceof Text t && t.getStyleClass().contains("text")) {
                rendered.add(t.getText());
            }
        });
        if (!rendered.isEmpty() && !rendered.contains(text)) {
            problems.add(what + " shows \"" + String.join("|", rendered) + "\" instead of \"" + text + "\" at width "
                    + Math.round(labeled.getWidth()));
        }
    }

    /** A wrapping label narrower than one of its words breaks that word in the middle ("Requireme|nts"). */
    private static void wholeWords(Labeled labeled, String what, List<String> problems) {
        String text = labeled.getText();
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0 || labeled.getGraphic() != null) {
            return;
        }
        Text probe = new Text();
        probe.setFont(labeled.getFont());
        // JavaFX wraps where a line may break (spaces, and after a hyphen or a slash), as java.text.BreakIterator says.
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String word = text.substring(start, end).strip();
            probe.setText(word);
            // Text wraps as soon as a word is wider than its room, by however little.
            if (probe.getLayoutBounds().getWidth() > room + 0.01) {
                problems.add(String.format(Locale.ROOT, "%s breaks the word \"%s\" (%.1f px for %.1f)", what, word,
                        room, probe.getLayoutBounds().getWidth()));
                return;
            }
        }
    }

    private static String describe(Labeled labeled) {
        return labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : " #" + labeled.getId())
                + " \"" + labeled.getText() + "\"";
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void visit(Node node, Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
