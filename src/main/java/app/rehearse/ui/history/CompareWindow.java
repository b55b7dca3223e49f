package app.rehearse.ui.history;

import app.rehearse.grading.ScoreBreakdown;
import app.rehearse.history.AttemptComparison;
import app.rehearse.history.SessionReview;
import app.rehearse.history.SessionSummary;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.markdown.MarkdownView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Attempts at the same question side by side: date, score, time, notes and diagram of each. */
final class CompareWindow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private CompareWindow() {}

    static void show(Window owner, List<SessionSummary> attempts, HistoryViewModel model,
            Function<SessionReview, Node> whiteboard, Function<SessionReview, Optional<Node>> reference) {
        model.loadReviews(attempts.stream().map(SessionSummary::id).toList(), reviews -> {
            HBox columns = new HBox(16);
            columns.setId("compareColumns");
            columns.getStyleClass().add("compare-columns");
            List<List<AttemptComparison.Line>> lines = AttemptComparison.of(reviews, model::dimensionTitle);
            for (int i = 0; i < reviews.size(); i++) {
                columns.getChildren().add(column(reviews.get(i), lines.get(i), whiteboard));
            }
            Optional<Node> answer = reviews.isEmpty() ? Optional.empty() : reference.apply(reviews.get(reviews.size() - 1));
            answer.ifPresent(node -> {
                VBox column = new VBox(8, node);
                column.setId("compareReference");
                column.setPrefWidth(440);
                column.setMinWidth(440);
                column.getStyleClass().add("compare-column");
                columns.getChildren().add(column);
            });
            int count = columns.getChildren().size();
            ScrollPane scroll = new ScrollPane(columns);
            Stage stage = new Stage();
            stage.initOwner(owner);
            String title = reviews.isEmpty() ? "Attempts" : reviews.get(0).session().snapshot().question().title();
            stage.setTitle("Compare attempts: " + title);
            Scene scene = new Scene(scroll, Math.min(1400, 40 + 460 * Math.max(1, count)), 760);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
            scene.setOnKeyPressed(key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                }
            });
            stage.show();
        });
    }

    /** Criterion by criterion, dimension by dimension, phase by phase, with the change since the attempt before. */
    private static GridPane criteria(List<AttemptComparison.Line> lines) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-criteria");
        grid.setHgap(10);
        grid.setVgap(2);
        String group = null;
        int row = 0;
        for (AttemptComparison.Line line : lines) {
            if (!line.group().equals(group)) {
                group = line.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("grading-row-title");
                grid.add(heading, 0, row++, 3, 1);
            }
            Label label = new Label(line.label());
            label.setWrapText(true);
            label.setMaxWidth(280);
            Label value = new Label(line.value());
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label change = new Label(line.change());
            change.setMinWidth(Region.USE_PREF_SIZE);
            change.getStyleClass().add(line.group().equals("Phase time") ? "change-none"
                    : line.change().startsWith("+") ? "change-up"
                    : line.change().startsWith("\u2212") ? "change-down" : "change-none");
            grid.addRow(row++, label, value, change);
        }
        return grid;
    }

    private static VBox column(SessionReview review, List<AttemptComparison.Line> lines,
            Function<SessionReview, Node> whiteboard) {
        var s = review.session().snapshot();
        Label when = new Label(DATE.format(s.createdAt()));
        when.getStyleClass().add("section-title");
        Label score = new Label(review.score().filter(ScoreBreakdown::graded).map(b -> "Score " + b.totalText() + " / 100")
                .orElse("Not graded"));
        score.getStyleClass().add("review-score");
        Label time = new Label("Took " + PhaseSummary.minutesSeconds(s.elapsedMs()) + " · overtime "
                + PhaseSummary.minutesSeconds(s.overtimeMs()) + " · " + s.hintsUsed().size() + " hints");
        MarkdownView notes = new MarkdownView();
        notes.setMarkdown(review.session().notes().isBlank() ? "_No notes._" : review.session().notes());
        VBox column = new VBox(8, when, score, time, criteria(lines), notes, whiteboard.apply(review));
        column.setPrefWidth(440);
        column.setMinWidth(440);
        column.getStyleClass().add("compare-column");
        return column;
    }
}
