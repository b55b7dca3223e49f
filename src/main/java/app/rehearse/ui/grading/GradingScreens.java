package app.rehearse.ui.grading;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.grading.GradeHistory;
import app.rehearse.history.PhaseTimeline;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.ui.AppServices;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.reference.ReferenceView;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Builds the grading screen for a session, wherever it is opened from (the end of a session, or History). */
public final class GradingScreens {
    private GradingScreens() {}

    /**
     * The grading screen, built as soon as the user's checklist has been read (at once, nearly
     * always: it loads in the background a second after start-up). Until then a short notice.
     */
    public static Node forSession(AppServices services, SessionSnapshot session, String notes, GradeHistory grades,
            Node whiteboard, List<Button> actions) {
        StackPane holder = new StackPane(message("Opening the checklist…"));
        holder.getStyleClass().add("grading-holder");
        services.whenChecklistsReady(
                checklists -> holder.getChildren().setAll(build(services, checklists, session, notes, grades, whiteboard,
                        actions)),
                failure -> holder.getChildren().setAll(message("Grading could not open: " + failure.getMessage())));
        return holder;
    }

    private static Node build(AppServices services, ChecklistCustomisation checklists, SessionSnapshot session,
            String notes, GradeHistory grades, Node whiteboard, List<Button> actions) {
        GradingViewModel grading = new GradingViewModel(session, grades, checklists.visibleDimensions(),
                services.sessions(), services.clock(), services.io(), Platform::runLater);
        Runnable editDimensions = () -> {
            GradingDialogs.editDimensions(checklists, services.io(), Platform::runLater);
            // Queued behind the dialog's own writes on the same thread, so it sees all of them.
            services.tasks().run(checklists::visibleDimensions, grading::replan, services::reportProblem);
        };
        String questionId = session.question().id();
        Optional<QuestionBank> bank = services.currentBank();
        Optional<Node> reference = bank.flatMap(b -> b.question(questionId)).flatMap(Question::reference)
                .map(r -> new ReferenceView(r, bank.flatMap(b -> b.referenceDiagram(questionId)), services.tasks(),
                        grading.cardProperty().get().signalsShown(), Optional.of(grading::setSignalShown)));
        GradingView view = new GradingView(grading, GradingView.sessionRecord(PhaseSummary.of(session), notes, whiteboard),
                reference, actions, editDimensions);
        view.flagPhaseGaps(PhaseTimeline.gaps(session, notes));
        if (checklists.problems().isEmpty()) {
            return view;
        }
        Label notice = message(String.join("\n", checklists.problems()));
        notice.setId("checklistProblems");
        VBox.setVgrow(view, Priority.ALWAYS);
        return new VBox(notice, view);
    }

    private static Label message(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("inline-message");
        return label;
    }
}
