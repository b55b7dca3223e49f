package app.rehearse.history;

import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingFormatException;
import app.rehearse.grading.ScoreBreakdown;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.Scorecard;
import app.rehearse.practice.DamagedSessionException;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.StoredSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the read-only review of one session shows, loaded in one go (off the UI thread):
 * the stored session (prompt, notes), its phase timeline, its grades and score, and where its
 * whiteboard files are, if it has any.
 *
 * @param gradeProblem why the grades could not be read, when they could not; {@code grades} is then empty
 */
public record SessionReview(StoredSession session, List<PhaseSlice> phases, GradeHistory grades,
        Optional<String> gradeProblem, Optional<Path> whiteboardJson, Optional<Path> whiteboardPng) {
    public static final String WHITEBOARD_JSON = "whiteboard.json";
    public static final String WHITEBOARD_PNG = "whiteboard.png";

    public SessionReview {
        phases = List.copyOf(phases);
    }

    public static SessionReview load(SessionRepository repository, String id) throws IOException, DamagedSessionException {
        return of(repository.load(id));
    }

    public static SessionReview of(StoredSession stored) {
        GradeHistory grades = GradeHistory.empty();
        Optional<String> problem = Optional.empty();
        try {
            grades = GradeHistoryJson.fromJson(stored.extra(GradeHistoryJson.FIELD), stored.problems());
        } catch (GradingFormatException e) {
            problem = Optional.of(e.getMessage());
        }
        return new SessionReview(stored, PhaseTimeline.of(stored.snapshot(), stored.notes()), grades, problem,
                optionalFile(stored.folder().resolve(WHITEBOARD_JSON)), optionalFile(stored.folder().resolve(WHITEBOARD_PNG)));
    }

    public String id() {
        return session.folder().getFileName().toString();
    }

    public Optional<Scorecard> scorecard() {
        return grades.current();
    }

    /** The current grade's score with every step of how it was reached; empty when not graded. */
    public Optional<ScoreBreakdown> score() {
        return grades.current().map(ScoreFormula::score);
    }

    private static Optional<Path> optionalFile(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
