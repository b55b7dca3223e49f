package app.rehearse.ui.grading;

import app.rehearse.grading.ChecklistCustomisation;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Entry points to the grading feature's dialogs for other views. */
public final class GradingDialogs {
    private GradingDialogs() {}

    /** Lets the user show, hide, rename and add trade-off dimensions; returns when the dialog closes. */
    public static void editDimensions(ChecklistCustomisation checklist, Executor io, Consumer<Runnable> fxThread) {
        new ChecklistDialog(checklist, io, fxThread).showAndWait();
    }
}
