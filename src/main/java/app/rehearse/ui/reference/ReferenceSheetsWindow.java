package app.rehearse.ui.reference;

import app.rehearse.bank.Glossary;
import app.rehearse.bank.NumbersSheet;
import app.rehearse.bank.Question;
import app.rehearse.bank.ReferenceSheets;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.UiTasks;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Numbers and concepts beside a running session, in a window of its own so nothing in the session moves:
 * the estimation pad with the numbers sheet, and the glossary with this question's concepts first.
 */
public final class ReferenceSheetsWindow {
    private final Stage stage = new Stage();

    /**
     * @param keep appends a worked estimate to the session's notes
     * @param bank every question, to say how many exercise each concept
     */
    public ReferenceSheetsWindow(Window owner, Question question, List<Question> bank, Consumer<String> keep,
            UiTasks tasks) {
        VBox numbers = new VBox(14, new EstimatePad(keep), loading("numbersSheet"));
        numbers.setPadding(new Insets(14));
        VBox concepts = new VBox(12, loading("conceptsList"));
        concepts.setPadding(new Insets(14));
        Tab numbersTab = new Tab("Estimate and numbers", scroll(numbers));
        Tab conceptsTab = new Tab("Concepts", scroll(concepts));
        conceptsTab.setId("conceptsTab");
        TabPane tabs = new TabPane(numbersTab, conceptsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 620, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Numbers and concepts");
        tasks.run(ReferenceSheets::shippedNumbers, sheet -> numbers.getChildren().set(1, sheet(sheet)),
                e -> numbers.getChildren().set(1, problem("The numbers sheet could not be read: " + e.getMessage())));
        tasks.run(ReferenceSheets::shippedGlossary, glossary -> concepts.getChildren().setAll(glossary(glossary, question,
                bank)), e -> concepts.getChildren().setAll(problem("The glossary could not be read: " + e.getMessage())));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }

    private static Node sheet(NumbersSheet sheet) {
        VBox box = new VBox(16);
        box.setId("numbersSheet");
        for (NumbersSheet.Section section : sheet.sections()) {
            GridPane rows = new GridPane();
            rows.setHgap(12);
            rows.setVgap(4);
            ColumnConstraints item = new ColumnConstraints();
            item.setPercentWidth(38);
            ColumnConstraints value = new ColumnConstraints();
            value.setPercentWidth(20);
            ColumnConstraints assumes = new ColumnConstraints();
            assumes.setPercentWidth(42);
            rows.getColumnConstraints().addAll(item, value, assumes);
            int r = 0;
            for (NumbersSheet.Row row : section.rows()) {
                Label v = Texts.wrapped(row.value(), "number-value");
                rows.addRow(r++, Texts.wrapped(row.item()), v, Texts.wrapped(row.assumes(), "section-help"));
            }
            box.getChildren().add(new VBox(4, SectionTitle.of(section.title()), Texts.wrapped(section.note(), "section-help"), rows));
        }
        return box;
    }

    private static List<Node> glossary(Glossary glossary, Question question, List<Question> bank) {
        VBox list = new VBox(14);
        list.setId("conceptsList");
        glossary.concepts().stream()
                .sorted(Comparator.comparing((Glossary.Concept c) -> !c.exercisedBy(question)).thenComparing(Glossary.Concept::term))
                .forEach(c -> {
                    List<String> questions = bank.stream().filter(c::exercisedBy).map(Question::title).toList();
                    Label term = new Label(c.term() + (c.exercisedBy(question) ? "  \u00b7 this question" : ""));
                    term.getStyleClass().add("grading-row-title");
                    term.setId("concept-" + c.id());
                    list.getChildren().add(new VBox(3, term, Texts.wrapped(c.explanation()),
                            Texts.wrapped("When: " + c.whenToUse()), Texts.wrapped("Costs: " + c.costs()),
                            Texts.wrapped("Exercised by " + questions.size() + (questions.size() == 1 ? " question" : " questions")
                                    + (questions.isEmpty() ? "" : ": " + String.join("; ", questions)), "section-help")));
                });
        return List.of(list);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static Label loading(String id) {
        Label label = Texts.wrapped("Opening\u2026", "section-help");
        label.setId(id);
        return label;
    }

    private static Label problem(String text) {
        return Texts.wrapped(text, "coverage-thin");
    }
}
