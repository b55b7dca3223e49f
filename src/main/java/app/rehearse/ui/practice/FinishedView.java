package app.rehearse.ui.practice;

import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionSnapshot;
import java.nio.file.Path;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What a finished session looked like: planned against actual time per phase, hints and follow-ups. */
final class FinishedView extends VBox {

    FinishedView(SessionSnapshot s, Path folder, Runnable backToPractice, Runnable practiceAgain) {
        super(14);
        setId("finishedView");
        getStyleClass().add("finished-view");
        Label heading = new Label("Session saved");
        heading.getStyleClass().add("page-title");
        Label title = new Label(s.question().title());
        title.getStyleClass().add("question-title");
        title.setWrapText(true);
        Label summary = new Label("Total " + minutesSeconds(s.elapsedMs()) + " · overtime " + minutesSeconds(s.overtimeMs())
                + " · " + s.hintsUsed().size() + " of " + s.question().hints().size() + " hints used · "
                + s.followUpsShown().size() + " follow-ups asked");
        summary.getStyleClass().add("page-lead");

        GridPane phases = new GridPane();
        phases.setId("phaseSummary");
        phases.getStyleClass().add("phase-summary");
        phases.setHgap(24);
        phases.setVgap(6);
        phases.addRow(0, header("Phase"), header("Planned"), header("Actual"));
        int row = 1;
        for (PhaseRecord r : s.timeline()) {
            Label actual = new Label(minutesSeconds(r.actualMs(s.elapsedMs())));
            if (r.overrunMs(s.elapsedMs()) > 0) {
                actual.getStyleClass().add("overrun");
            }
            phases.addRow(row++, new Label(r.name()), new Label(r.plannedMinutes() + ":00"), actual);
            GridPane.setHalignment(actual, HPos.RIGHT);
        }
        Label where = new Label("Notes and timeline are in " + folder);
        where.getStyleClass().add("question-source");
        where.setWrapText(true);

        Button back = new Button("Back to practice");
        back.setId("backToPracticeButton");
        back.getStyleClass().add("accent");
        back.setOnAction(e -> backToPractice.run());
        Button again = new Button("Practise this question again");
        again.setId("practiceAgainButton");
        again.setOnAction(e -> practiceAgain.run());
        getChildren().addAll(heading, title, summary, phases, where, new HBox(10, back, again));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    static String minutesSeconds(long ms) {
        long seconds = ms / 1000;
        return seconds / 60 + ":" + (seconds % 60 < 10 ? "0" : "") + seconds % 60;
    }
}
