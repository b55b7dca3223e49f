package app.rehearse.ui.common;

import app.rehearse.history.SessionSummary;
import app.rehearse.plan.LoopReport;
import app.rehearse.storage.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import javafx.scene.layout.VBox;

/**
 * A mock loop's report: the call with its working, the rounds side by side (each with a button to its review,
 * where one is wanted), and an export to Markdown.
 */
public final class LoopReportView extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Wide enough for a question title to wrap on word breaks. */
    private static final double ROUND_WIDTH = 210;

    private final Label exportStatus = new Label();

    /** @param review opens a round's review by session id; empty where the rounds are not to be opened from here */
    public LoopReportView(LoopReport report, ZoneId zone, Dialogs dialogs, UiTasks tasks, Optional<Consumer<String>> review) {
        super(10);
        setId("loopReport");
        getStyleClass().add("loop-report");

        Label verdict = new Label(report.verdict().label());
        verdict.setId("loopVerdict");
        verdict.getStyleClass().addAll("loop-verdict", switch (report.verdict()) {
            case STRONG_HIRE, HIRE -> "loop-verdict-hire";
            case LEAN_HIRE -> "loop-verdict-lean";
            case NO_HIRE -> "loop-verdict-no";
        });
        Label graded = new Label(report.graded() + " of " + report.rounds().size() + " rounds graded");
        graded.getStyleClass().add("section-help");
        graded.setMinWidth(Region.USE_PREF_SIZE);
        HBox call = new HBox(12, verdict, graded);
        call.setAlignment(Pos.BASELINE_LEFT);
        Label formula = Texts.wrapped(report.formula(), "loop-formula");
        formula.setId("loopFormula");
        Label rules = Texts.wrapped(LoopReport.rules(), "section-help");

        // Side by side where there is room, in rows where there is not (a narrow review pane).
        FlowPane rounds = new FlowPane(10, 10);
        rounds.setId("loopRounds");
        rounds.setRowValignment(VPos.TOP);
        for (int i = 0; i < report.rounds().size(); i++) {
            rounds.getChildren().add(card(i, report.rounds().get(i), report.scores().get(i), review));
        }

        Button export = new Button("Export to Markdown\u2026");
        export.setId("exportLoopButton");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> dialogs.chooseFileToSave("Export the mock loop report", Dialogs.FileKind.MARKDOWN,
                "mock-loop-" + DAY.format(report.startedAt().atZone(zone)).replace(' ', '-') + ".md").ifPresent(target -> {
                    String markdown = report.toMarkdown(zone);
                    exportStatus.setText("Saving\u2026");
                    tasks.run(() -> {
                        AtomicFiles.write(target, markdown.getBytes(StandardCharsets.UTF_8));
                        return target;
                    }, saved -> exportStatus.setText("Saved to " + saved),
                            failure -> exportStatus.setText("Not saved: " + failure.getMessage()));
                }));
        exportStatus.setId("loopExportStatus");
        exportStatus.setWrapText(true);
        exportStatus.getStyleClass().add("section-help");
        HBox exportRow = new HBox(10, export, exportStatus);
        exportRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(SectionTitle.of("Mock loop, " + DAY.format(report.startedAt().atZone(zone))), call, formula,
                rules, rounds, exportRow);
    }

    private static VBox card(int index, Optional<SessionSummary> round, int score, Optional<Consumer<String>> review) {
        Label title = new Label("Round " + (index + 1));
        title.getStyleClass().add("grading-row-title");
        VBox card = new VBox(4, title);
        card.getStyleClass().add("loop-round");
        card.setId("loopRound-" + index);
        card.setPrefWidth(ROUND_WIDTH);
        card.setMaxWidth(ROUND_WIDTH);
        if (round.isEmpty()) {
            card.getChildren().addAll(Texts.wrapped("Not run", "loop-round-question"), scoreLabel(0),
                    Texts.wrapped("Counts as 0", "section-help"));
            return card;
        }
        SessionSummary s = round.get();
        Label type = new Label(s.type().label());
        type.getStyleClass().addAll("chip", "chip-type");
        Label question = Texts.wrapped(s.title(), "loop-round-question");
        Label level = Texts.wrapped("Graded at the " + s.level().id() + " bar \u00b7 took "
                + PhaseSummary.minutesSeconds(s.durationMs()), "section-help");
        card.getChildren().addAll(type, question, level, scoreLabel(score));
        if (!s.isGraded()) {
            card.getChildren().add(Texts.wrapped("Not graded: counts as 0", "section-help"));
        }
        review.ifPresent(open -> {
            Button button = new Button("Review");
            button.setId("reviewRound-" + index);
            button.setTooltip(new Tooltip("Open round " + (index + 1) + "'s notes, diagram and grade"));
            button.setOnAction(e -> open.accept(s.id()));
            card.getChildren().add(button);
        });
        return card;
    }

    private static Label scoreLabel(int score) {
        Label label = new Label(score + "/100");
        label.getStyleClass().add("loop-round-score");
        return label;
    }
}
