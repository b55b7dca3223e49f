package app.rehearse.ui.history;

import app.rehearse.grading.ScoreBreakdown;
import app.rehearse.history.SessionReview;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.stories.SpokenTimes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One past session, read-only: prompt, scorecard, planned against actual time per phase with
 * what was written in each, the notes with search hits marked, and the diagram.
 */
final class ReviewPane extends VBox {
    /** How much of what was written in a phase its timeline row shows. */
    private static final int EXCERPT_CHARS = 140;
    /** How long a review is shown before its reference answer is built under it. */
    private static final Duration REFERENCE_AFTER = Duration.millis(300);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /** @param useAsReference offered for a graded session with a diagram: make it the question's reference diagram */
    ReviewPane(SessionReview review, Pattern highlight, Function<SessionReview, Node> whiteboard,
            Function<SessionReview, Optional<Node>> reference, Function<SessionReview, Node> recording,
            Optional<Runnable> useAsReference) {
        super(12);
        setId("reviewPane");
        getStyleClass().add("review-pane");
        SessionSnapshot s = review.session().snapshot();

        Label title = new Label(s.question().title());
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        FlowPane meta = new FlowPane(6, 6, chip(s.question().type().id(), "chip-type"), chip(s.question().level().id(),
                "chip-level"));
        s.question().tags().forEach(t -> meta.getChildren().add(chip("#" + t, "chip-tag")));
        Label when = new Label(WHEN.format(s.createdAt()) + (s.isFinished() ? "" : " · not finished"));
        when.getStyleClass().add("question-source");

        Label score = new Label(scoreText(review));
        score.setId("reviewScore");
        score.getStyleClass().add("review-score");
        score.setWrapText(true);

        MarkdownView prompt = new MarkdownView();
        prompt.setMarkdown(s.question().prompt());
        TitledPane promptPane = new TitledPane("Prompt", prompt);
        promptPane.setExpanded(false);

        MarkdownView notes = new MarkdownView();
        notes.setId("reviewNotes");
        notes.setHighlight(highlight);
        notes.setMarkdown(review.session().notes().isBlank() ? "_No notes were taken._" : review.session().notes());

        getChildren().addAll(title, meta, when, score, promptPane, SectionTitle.of("Timeline"), timeline(review));
        SpokenTimes.of(review.session()).view().ifPresent(getChildren()::add);
        getChildren().add(recording.apply(review));
        getChildren().addAll(SectionTitle.of("Notes"), notes, diagramHeader(useAsReference), whiteboard.apply(review));
        // The reference answer, at the bottom, is most of the pane's nodes. Built a moment after the rest, the review
        // shows sooner, and clicking on through sessions never pays for the ones left before it was needed.
        VBox referenceSlot = new VBox();
        getChildren().add(referenceSlot);
        PauseTransition moment = new PauseTransition(REFERENCE_AFTER);
        moment.setOnFinished(e -> {
            if (getScene() != null) {
                reference.apply(review).ifPresent(referenceSlot.getChildren()::add);
            }
        });
        moment.play();
    }

    private static String scoreText(SessionReview review) {
        return review.score().filter(ScoreBreakdown::graded)
                .map(b -> "Score " + b.totalText() + " / 100  ·  " + b.equation()
                        + (review.grades().size() > 1 ? "  ·  graded " + review.grades().size() + " times" : ""))
                .orElse("Not graded yet: use Grade to score this session against its rubric and the trade-offs.");
    }

    private static GridPane timeline(SessionReview review) {
        String notes = review.session().notes();
        List<PhaseSummary.PhaseRow> rows = review.phases().stream().map(phase -> new PhaseSummary.PhaseRow(phase.name(),
                PhaseSummary.minutesSeconds(phase.plannedMs()),
                phase.reached() ? PhaseSummary.minutesSeconds(phase.actualMs()) : "not reached",
                phase.overrunMs() > 0, phase.excerptIn(notes, EXCERPT_CHARS))).toList();
        return PhaseSummary.table("reviewTimeline", rows);
    }

    private static Node diagramHeader(Optional<Runnable> useAsReference) {
        if (useAsReference.isEmpty()) {
            return SectionTitle.of("Diagram");
        }
        Button use = new Button("Use as reference diagram...");
        use.setId("useDiagramAsReferenceButton");
        use.getStyleClass().add("flat");
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setTooltip(new Tooltip("Open this question in the editor with this diagram as its reference answer's"
                + " diagram (a shipped question is duplicated into your pack first)"));
        use.setOnAction(e -> useAsReference.get().run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, SectionTitle.of("Diagram"), grow, use);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", kind);
        return chip;
    }
}
