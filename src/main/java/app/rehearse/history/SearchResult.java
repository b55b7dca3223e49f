package app.rehearse.history;

import java.util.List;

/**
 * The sessions a search found, in the requested order, and the damaged folders that go with
 * them. Highlight a hit's notes (or title, or grade notes) with {@link #spansIn(String)}.
 */
public record SearchResult(List<SessionSummary> sessions, List<DamagedEntry> damaged, SearchQuery query) {
    public SearchResult {
        sessions = List.copyOf(sessions);
        damaged = List.copyOf(damaged);
    }

    public List<String> ids() {
        return sessions.stream().map(SessionSummary::id).toList();
    }

    /** Where the search words occur in a hit's text (its notes as loaded for review), for highlighting. */
    public List<Span> spansIn(String text) {
        return query.spansIn(text);
    }
}
