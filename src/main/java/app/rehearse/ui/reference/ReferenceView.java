package app.rehearse.ui.reference;

import app.rehearse.bank.Reference;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Texts;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.whiteboard.WhiteboardViews;
import app.rehearse.whiteboard.SavedBoard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A question's reference answer, read-only: the outline rendered ({@code #referenceAnswer}), the
 * reference board, zoomable with fit ({@code #referenceDiagram}), the senior and staff signals
 * ({@code #referenceLevels}) and the common pitfalls. Only ever built after an attempt.
 */
public final class ReferenceView extends VBox {

    /**
     * @param ticked the signals the user said their answer showed
     * @param onTick called when the user ticks or unticks a signal; empty shows the ticks read-only
     */
    public ReferenceView(Reference reference, Optional<SavedBoard> diagram, UiTasks tasks, Dialogs dialogs, Set<String> ticked,
            Optional<BiConsumer<String, Boolean>> onTick) {
        super(10);
        getStyleClass().add("reference-view");
        MarkdownView outline = new MarkdownView();
        outline.setId("referenceAnswer");
        outline.setMarkdown(reference.outline());
        Node board = diagram.isPresent() ? WhiteboardViews.readOnly(diagram, "referenceDiagram", tasks, dialogs)
                : note("This reference has no diagram.", "referenceDiagram");
        VBox levels = new VBox(6);
        levels.setId("referenceLevels");
        levels.getChildren().add(help(onTick.isPresent() ? "Tick what your answer showed; the ticks are kept with the"
                + " grade." : "Ticked: what the latest grade says this answer showed."));
        addSignals(levels, "Senior", reference.seniorSignals(), ticked, onTick);
        addSignals(levels, "Staff adds", reference.staffSignals(), ticked, onTick);
        VBox pitfalls = new VBox(4);
        pitfalls.setId("referencePitfalls");
        reference.pitfalls().forEach(p -> pitfalls.getChildren().add(Texts.wrapped("\u2022 " + p)));
        getChildren().addAll(SectionTitle.of("Reference answer"), help("A model answer for this question, phase by phase. Compare"
                + " it with what you wrote: what did you leave out, and what did you decide differently?"), outline,
                SectionTitle.of("Reference diagram"), board, SectionTitle.of("Signals of a strong answer"), levels);
        if (!reference.pitfalls().isEmpty()) {
            getChildren().addAll(SectionTitle.of("Common pitfalls"), pitfalls);
        }
    }

    private static void addSignals(VBox box, String heading, List<String> signals, Set<String> ticked,
            Optional<BiConsumer<String, Boolean>> onTick) {
        if (signals.isEmpty()) {
            return;
        }
        Label label = new Label(heading);
        label.getStyleClass().add("grading-row-title");
        box.getChildren().add(label);
        for (String signal : signals) {
            CheckBox check = new CheckBox(signal);
            check.setWrapText(true);
            check.setMaxWidth(Double.MAX_VALUE);
            check.getStyleClass().add("reference-signal");
            check.setSelected(ticked.contains(signal));
            check.setDisable(onTick.isEmpty());
            onTick.ifPresent(tick -> check.selectedProperty().addListener((obs, was, now) -> tick.accept(signal, now)));
            box.getChildren().add(check);
        }
    }

    private static Label help(String text) {
        Label label = Texts.wrapped(text);
        label.getStyleClass().add("section-help");
        return label;
    }

    private static Label note(String text, String id) {
        Label label = Texts.wrapped(text);
        label.setId(id);
        label.getStyleClass().add("question-source");
        return label;
    }
}
