package app.rehearse.ui.history;

import app.rehearse.grading.ScoreBreakdown;
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
import javafx.scene.layout.HBox;
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
            for (SessionReview review : reviews) {
                columns.getChildren().add(column(review, whiteboard));
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
            stage.show();
        });
    }

    private static VBox column(SessionReview review, Function<SessionReview, Node> whiteboard) {
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
        VBox column = new VBox(8, when, score, time, notes, whiteboard.apply(review));
        column.setPrefWidth(440);
        column.setMinWidth(440);
        column.getStyleClass().add("compare-column");
        return column;
    }
}
