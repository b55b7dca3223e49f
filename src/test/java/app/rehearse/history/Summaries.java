package app.rehearse.history;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.practice.SessionState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** In-memory summaries for tests of search and statistics, without any files. */
final class Summaries {
    private Summaries() {}

    static SessionSummary of(String id, String title, QuestionType type, List<String> tags, Instant at, OptionalInt score) {
        return of(id, title, type, tags, Optional.empty(), at, score, Map.of(), true);
    }

    static SessionSummary of(String id, String title, QuestionType type, List<String> tags, Optional<String> competency,
            Instant at, OptionalInt score, Map<String, Integer> points, boolean finished) {
        return new SessionSummary(id, Path.of("sessions", id), "q-" + title.toLowerCase().replace(' ', '-'), title, type,
                Level.SENIOR, tags, competency, List.copyOf(points.keySet()), at,
                finished ? Optional.of(at.plusSeconds(1800)) : Optional.empty(),
                finished ? SessionState.FINISHED : SessionState.PAUSED, 1_800_000L + id.length() * 1000L, 1_800_000L,
                id.length() * 1000L, id.length() % 3, 3, 1, score,
                score.isPresent() ? Optional.of(at.plusSeconds(2000)) : Optional.empty(), points, "", Optional.empty(), 100,
                Optional.empty(), Optional.empty());
    }
}
