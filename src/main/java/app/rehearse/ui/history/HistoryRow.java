package app.rehearse.ui.history;

import app.rehearse.history.DamagedEntry;
import app.rehearse.history.SessionSummary;
import java.util.Optional;

/** One line of the history table: a readable session, or a damaged one shown with its reason. */
public record HistoryRow(Optional<SessionSummary> session, Optional<DamagedEntry> damaged) {

    static HistoryRow of(SessionSummary summary) {
        return new HistoryRow(Optional.of(summary), Optional.empty());
    }

    static HistoryRow of(DamagedEntry entry) {
        return new HistoryRow(Optional.empty(), Optional.of(entry));
    }

    public String id() {
        return session.map(SessionSummary::id).orElseGet(() -> damaged.orElseThrow().id());
    }

    public boolean isDamaged() {
        return damaged.isPresent();
    }
}
