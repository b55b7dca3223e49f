package app.rehearse.ui.common;

import app.rehearse.grading.ChecklistCustomisation;
import app.rehearse.history.HistoryIndex;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the app knows about the user's past work, opened in the background after the first window:
 * the index of past sessions and the user's view of the trade-off checklist. Independent: one failing
 * never holds up the other.
 */
public interface PastWork {

    /** The index of past sessions; it opens in the background, so views chain on it. */
    CompletableFuture<HistoryIndex> history();

    /**
     * Runs {@code step} on the FX thread with the user's view of the trade-off checklist (shipped and
     * own dimensions, hidden ones, renamed ones). Files that could not be read are in its problems.
     */
    void whenChecklistsReady(Consumer<ChecklistCustomisation> step, Consumer<Exception> onFailure);
}
