package app.rehearse.ui.grading;

import app.rehearse.bank.Level;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.grading.GradeHistory;
import app.rehearse.history.PhaseTimeline;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.PhaseSummary;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.reference.ReferenceView;
import app.rehearse.ui.stories.SpokenTimes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Builds the grading screen for a session, wherever it is opened from (the end of a session, or History). */
public final class GradingScreens {
    private final BankState bank;
    private final PastWork pastWork;
    private final SessionRepository sessions;
    private final UiTasks tasks;
    private final Clock clock;
    private final Problems problems;
    private final Dialogs dialogs;
    private final SettingsState settings;

    /** @param settings the bar a first grade starts at */
    public GradingScreens(BankState bank, PastWork pastWork, SettingsState settings, SessionRepository sessions,
            UiTasks tasks, Clock clock, Problems problems, Dialogs dialogs) {
        this.settings = settings;
        this.bank = bank;
        this.pastWork = pastWork;
        this.sessions = sessions;
        this.tasks = tasks;
        this.clock = clock;
        this.problems = problems;
        this.dialogs = dialogs;
    }

    /**
     * The grading screen, built as soon as the user's checklist has been read (at once, nearly
     * always: it loads in the background a second after start-up). Until then a short notice.
     *
     * @param spoken the timed spoken answer, shown under the phase times and measured for the timing check
     */
    public Node forSession(SessionSnapshot session, String notes, GradeHistory grades, SpokenTimes spoken,
            Node whiteboard, List<Button> actions) {
        StackPane holder = new StackPane(message("Opening the checklist…"));
        holder.getStyleClass().add("grading-holder");
        settings.whenSettingsReady(current -> pastWork.whenChecklistsReady(
                checklists -> holder.getChildren().setAll(build(checklists, session, notes, grades, spoken, whiteboard,
                        actions, current.gradeLevel())),
                failure -> holder.getChildren().setAll(message("Grading could not open: " + failure.getMessage()))));
        return holder;
    }

    private Node build(ChecklistCustomisation checklists, SessionSnapshot session,
            String notes, GradeHistory grades, SpokenTimes spoken, Node whiteboard, List<Button> actions,
            Optional<Level> defaultLevel) {
        GradingViewModel grading = new GradingViewModel(session, grades, checklists.visibleDimensions(),
                spoken.answer().map(SpokenAnswer::timing), defaultLevel, sessions, clock, tasks.io(), tasks.fx()::execute);
        Runnable editDimensions = () -> {
            GradingDialogs.editDimensions(checklists, tasks.io(), tasks.fx()::execute);
            // Queued behind the dialog's own writes on the same thread, so it sees all of them.
            tasks.run(checklists::visibleDimensions, grading::replan, problems::reportProblem);
        };
        String questionId = session.question().id();
        Optional<QuestionBank> loaded = bank.currentBank();
        // Built when first shown: most sessions are graded without opening it, and it is as large as the scorecard.
        Optional<Supplier<Node>> reference = loaded.flatMap(b -> b.question(questionId)).flatMap(Question::reference)
                .map(r -> () -> new ReferenceView(r, loaded.flatMap(b -> b.referenceDiagram(questionId)), tasks,
                        dialogs, grading.cardProperty().get().signalsShown(), Optional.of(grading::setSignalShown)));
        Node times = spoken.view().<Node>map(answer -> new VBox(10, PhaseSummary.of(session), answer))
                .orElseGet(() -> PhaseSummary.of(session));
        GradingView view = new GradingView(grading, GradingView.sessionRecord(times, notes, whiteboard),
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
