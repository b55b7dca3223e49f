package app.rehearse.ui.common;

import app.rehearse.practice.Durations;
import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionSnapshot;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** How a session went: totals, then planned against actual time for each phase, overruns marked. */
public final class PhaseSummary {
    private PhaseSummary() {}

    public static VBox of(SessionSnapshot s) {
        Label totals = new Label("Total " + minutesSeconds(s.elapsedMs()) + " · overtime " + minutesSeconds(s.overtimeMs())
                + " · " + s.hintsUsed().size() + " of " + s.question().hints().size() + " hints used · "
                + s.followUpsShown().size() + (s.followUpsShown().size() == 1 ? " follow-up" : " follow-ups") + " asked");
        totals.setWrapText(true);
        totals.getStyleClass().add("page-lead");
        GridPane phases = new GridPane();
        phases.setId("phaseSummary");
        phases.getStyleClass().add("phase-summary");
        phases.setHgap(24);
        phases.setVgap(4);
        phases.addRow(0, header("Phase"), header("Planned"), header("Actual"));
        int row = 1;
        for (PhaseRecord r : s.timeline()) {
            Label actual = new Label(minutesSeconds(r.actualMs(s.elapsedMs())));
            if (r.overrunMs(s.elapsedMs()) > 0) {
                actual.getStyleClass().add("overrun");
            }
            Label planned = new Label(r.plannedMinutes() + ":00");
            Label name = new Label(r.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            planned.setMinWidth(Region.USE_PREF_SIZE);
            actual.setMinWidth(Region.USE_PREF_SIZE);
            phases.addRow(row++, name, planned, actual);
            GridPane.setHalignment(planned, HPos.RIGHT);
            GridPane.setHalignment(actual, HPos.RIGHT);
        }
        return new VBox(8, totals, phases);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static String minutesSeconds(long ms) {
        return Durations.clock(ms);
    }
}
