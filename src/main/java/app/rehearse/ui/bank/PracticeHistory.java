package app.rehearse.ui.bank;

import app.rehearse.history.HistoryIndex;
import app.rehearse.history.PracticeRecords;
import app.rehearse.ui.common.UiTasks;
import java.io.IOException;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's record on every question, for the bank table: read from the history index once it
 * has opened in the background, and read again when asked (the page is shown again after sessions
 * were finished, graded or deleted elsewhere).
 */
final class PracticeHistory {
    private static final Logger LOG = Logger.getLogger(PracticeHistory.class.getName());

    private final CompletableFuture<HistoryIndex> opening;
    private final UiTasks background;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<PracticeRecords> records = new ReadOnlyObjectWrapper<>(this, "records");
    private volatile ZoneId zone = ZoneId.systemDefault();

    PracticeHistory(CompletableFuture<HistoryIndex> opening, UiTasks background) {
        this.opening = opening;
        this.background = background;
    }

    /** The records; null until the history index has opened and been read once. */
    ReadOnlyObjectProperty<PracticeRecords> recordsProperty() {
        return records.getReadOnlyProperty();
    }

    /** The zone the history counts days in, which is the one its dates are shown in. */
    ZoneId zone() {
        return zone;
    }

    /** Brings the index up to date with the session folders in the background, then publishes the records. */
    void refresh() {
        if (!queued.compareAndSet(false, true)) {
            return; // one is waiting to run already and will see whatever changed until it starts
        }
        opening.whenComplete((index, error) -> {
            if (index == null) {
                queued.set(false);
                LOG.log(Level.WARNING, "the history could not be opened; the bank shows no practice records", error);
                return;
            }
            background.run(() -> read(index), records::set,
                    e -> LOG.log(Level.WARNING, "could not gather practice records", e));
        });
    }

    private PracticeRecords read(HistoryIndex index) {
        queued.set(false);
        try {
            index.refresh();
        } catch (IOException e) {
            // The records of what the index already had are still right; the History page reports read problems.
            LOG.log(Level.FINE, "could not refresh the history index", e);
        }
        zone = index.zone();
        return PracticeRecords.of(index.summaries());
    }
}
