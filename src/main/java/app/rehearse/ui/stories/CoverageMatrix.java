package app.rehearse.ui.stories;

import app.rehearse.bank.Question;
import app.rehearse.stories.Coverage;
import app.rehearse.stories.Story;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Competencies by stories: a dot where a story shows a competency, the row marked as a gap or thin,
 * and for an empty row a link to the behavioral questions that probe it. Stories are numbered across
 * the top and named in full in the key below, so no heading is ever cut short.
 */
final class CoverageMatrix extends VBox {
    private final Consumer<Question> practise;

    CoverageMatrix(Consumer<Question> practise) {
        super(12);
        this.practise = practise;
        setId("storyCoverage");
        getStyleClass().add("coverage-matrix");
    }

    void show(Coverage coverage, List<Story> stories) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(header("Competency"), 0, 0);
        for (int i = 0; i < stories.size(); i++) {
            Label number = header(Integer.toString(i + 1));
            number.setTooltip(new Tooltip(stories.get(i).title()));
            GridPane.setHalignment(number, HPos.CENTER);
            grid.add(number, i + 1, 0);
        }
        grid.add(header("How well"), stories.size() + 1, 0);
        int row = 1;
        for (Coverage.Row r : coverage.rows()) {
            Label name = new Label(r.label());
            name.getStyleClass().add("coverage-name");
            grid.add(name, 0, row);
            for (int i = 0; i < stories.size(); i++) {
                if (r.stories().contains(stories.get(i))) {
                    Label dot = new Label("\u25cf");
                    dot.getStyleClass().add("coverage-dot");
                    GridPane.setHalignment(dot, HPos.CENTER);
                    grid.add(dot, i + 1, row);
                }
            }
            grid.add(verdict(r), stories.size() + 1, row);
            row++;
        }
        VBox key = new VBox(2);
        for (int i = 0; i < stories.size(); i++) {
            Label entry = new Label((i + 1) + "  " + stories.get(i).title());
            entry.setWrapText(true);
            key.getChildren().add(entry);
        }
        Label summary = new Label(coverage.gaps().size() + (coverage.gaps().size() == 1 ? " gap" : " gaps") + " · "
                + coverage.thin().size() + " thin · " + coverage.overused().size() + " over-used "
                + (coverage.overused().size() == 1 ? "story" : "stories"));
        summary.setId("coverageSummary");
        summary.getStyleClass().add("page-lead");
        getChildren().setAll(summary, grid);
        if (!coverage.overused().isEmpty()) {
            Label overused = new Label("Over-used: " + String.join(", ", coverage.overused().stream()
                    .map(s -> "\u201c" + s.title() + "\u201d (" + s.competencies().size() + " competencies)").toList())
                    + ". One story told for every question wears thin, and an interview loop may hear it twice.");
            overused.setWrapText(true);
            overused.getStyleClass().add("coverage-thin");
            getChildren().add(overused);
        }
        if (!stories.isEmpty()) {
            getChildren().add(key);
        }
    }

    private HBox verdict(Coverage.Row r) {
        Label why = new Label(r.why());
        why.setWrapText(true);
        why.getStyleClass().add(switch (r.status()) {
            case GAP -> "coverage-gap";
            case THIN -> "coverage-thin";
            case COVERED -> "coverage-covered";
        });
        HBox box = new HBox(8, why);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setId("coverage-" + r.competency());
        if (r.status() == Coverage.Status.GAP && !r.probedBy().isEmpty()) {
            Hyperlink questions = new Hyperlink(r.probedBy().size() + (r.probedBy().size() == 1 ? " question probes"
                    : " questions probe") + " it");
            questions.setMinWidth(Region.USE_PREF_SIZE);
            questions.setId("probe-" + r.competency());
            ContextMenu menu = new ContextMenu();
            r.probedBy().forEach(q -> {
                MenuItem item = new MenuItem("Practise: " + q.title());
                item.setOnAction(e -> practise.accept(q));
                menu.getItems().add(item);
            });
            questions.setOnAction(e -> menu.show(questions, Side.BOTTOM, 0, 0));
            box.getChildren().add(questions);
        }
        return box;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("coverage-header");
        return label;
    }
}
