package app.rehearse.ui.common;

import app.rehearse.practice.Durations;
import app.rehearse.practice.SessionSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** How a session went: totals, then planned against actual time for each phase, overruns marked. */
public final class PhaseSummary {
    private PhaseSummary() {}

    public static VBox of(SessionSnapshot s) {
        Label totals = new Label("Total " + minutesSeconds(s.elapsedMs()) + " · overtime " + minutesSeconds(s.overtimeMs())
                + " · " + s.ordinaryHintsUsed() + " of " + s.question().hints().size() + " hints used"
                + (s.rescueHintUsed() ? " and the rescue hint" : "") + " · "
                + s.followUpsShown().size() + (s.followUpsShown().size() == 1 ? " follow-up" : " follow-ups") + " asked");
        totals.setWrapText(true);
        totals.getStyleClass().add("page-lead");
        List<PhaseRow> rows = new ArrayList<>();
        s.timeline().forEach(r -> rows.add(new PhaseRow(r.name(), r.plannedMinutes() + ":00",
                minutesSeconds(r.actualMs(s.elapsedMs())), r.overrunMs(s.elapsedMs()) > 0, "")));
        // Phases the session ended before reaching are part of the plan too, and the score's flags name them.
        s.plan().phases().stream().skip(s.timeline().size()).forEach(p ->
                rows.add(new PhaseRow(p.name(), p.minutes() + ":00", "not reached", false, "")));
        GridPane phases = table("phaseSummary", rows);
        return new VBox(8, totals, phases);
    }

    /**
     * One phase in a table: planned and actual time as shown, whether it overran, and an optional excerpt
     * of what was written in it (shown beneath, across the row; blank for none).
     */
    public record PhaseRow(String name, String planned, String actual, boolean overran, String excerpt) {
    }

    /**
     * Phase, planned and actual time, one row a phase, overruns marked. The times never shrink; a long
     * phase name wraps between its words in a narrow pane rather than pushing the times out of view.
     */
    public static GridPane table(String id, List<PhaseRow> rows) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("phase-summary");
        grid.setHgap(14);
        grid.setVgap(4);
        grid.addRow(0, header("Phase"), header("Planned"), header("Actual"));
        int at = 1;
        for (PhaseRow row : rows) {
            Label name = Texts.wrappedBetweenWords(row.name());
            Label planned = new Label(row.planned());
            // "not reached" may take two lines in a narrow pane; a time never wraps, being one word.
            Label actual = Texts.wrappedBetweenWords(row.actual());
            actual.setTextAlignment(TextAlignment.RIGHT);
            if (row.overran()) {
                actual.getStyleClass().add("overrun");
            }
            planned.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(at++, name, planned, actual);
            GridPane.setHalignment(planned, HPos.RIGHT);
            GridPane.setHalignment(actual, HPos.RIGHT);
            if (!row.excerpt().isEmpty()) {
                Label excerpt = new Label(row.excerpt());
                excerpt.getStyleClass().add("question-source");
                excerpt.setWrapText(true);
                excerpt.setMinWidth(0);
                grid.add(excerpt, 0, at++, 3, 1);
            }
        }
        return grid;
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
