package app.rehearse.ui.grading;

import app.rehearse.grading.GradeHistory;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.ui.AppServices;
import app.rehearse.ui.common.PhaseSummary;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** Builds the grading screen for a session, wherever it is opened from (the end of a session, or History). */
public final class GradingScreens {
    private GradingScreens() {}

    public static GradingView forSession(AppServices services, SessionSnapshot session, String notes, GradeHistory grades,
            Node whiteboard, List<Button> actions) {
        GradingViewModel grading = new GradingViewModel(session, grades, services.checklists().visibleDimensions(),
                services.sessions(), services.clock(), services.io(), Platform::runLater);
        Runnable editDimensions = () -> {
            GradingDialogs.editDimensions(services.checklists(), services.io(), Platform::runLater);
            // Queued behind the dialog's own writes on the same thread, so it sees all of them.
            services.io().execute(() -> {
                var visible = services.checklists().visibleDimensions();
                Platform.runLater(() -> grading.replan(visible));
            });
        };
        return new GradingView(grading, GradingView.sessionRecord(PhaseSummary.of(session), notes, whiteboard), actions,
                editDimensions);
    }
}
