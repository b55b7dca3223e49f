package app.rehearse.ui.history;

import app.rehearse.history.DamagedEntry;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.LoopReport;
import java.util.List;
import java.util.Optional;

/**
 * One line of the history table: a readable session, a damaged one shown with its reason, or a mock loop, which
 * stands for its rounds until it is expanded.
 */
public record HistoryRow(Optional<SessionSummary> session, Optional<DamagedEntry> damaged, Optional<LoopReport> loop) {

    static HistoryRow of(SessionSummary summary) {
        return new HistoryRow(Optional.of(summary), Optional.empty(), Optional.empty());
    }

    static HistoryRow of(DamagedEntry entry) {
        return new HistoryRow(Optional.empty(), Optional.of(entry), Optional.empty());
    }

    static HistoryRow of(LoopReport report) {
        return new HistoryRow(Optional.empty(), Optional.empty(), Optional.of(report));
    }

    public String id() {
        return session.map(SessionSummary::id).or(() -> loop.map(LoopReport::loopId))
                .orElseGet(() -> damaged.orElseThrow().id());
    }

    public boolean isDamaged() {
        return damaged.isPresent();
    }

    public boolean isLoop() {
        return loop.isPresent();
    }

    /** The sessions the row stands for: itself, a loop's rounds, or none for a damaged folder. */
    public List<SessionSummary> sessions() {
        return loop.map(r -> r.rounds().stream().flatMap(Optional::stream).toList())
                .orElseGet(() -> session.stream().toList());
    }
}
