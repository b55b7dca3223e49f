package app.rehearse.history;

import app.rehearse.grading.ChecklistScore;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingFormatException;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.Scorecard;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.practice.DamagedSessionException;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import app.rehearse.stories.Story;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads one session folder into an index entry; anything unreadable becomes a damaged entry, never an exception. */
final class SummaryReader {
    private SummaryReader() {}

    static IndexEntry read(SessionRepository repository, Vocabulary vocabulary, String name, FileStamp session,
            FileStamp notes) {
        if (session.absent()) {
            return new IndexEntry.Damaged(name, session, notes, SessionRepository.SESSION_FILE + " is missing");
        }
        try {
            StoredSession stored = repository.load(name);
            Summarised s = summarise(name, stored);
            return new IndexEntry.Readable(name, session, notes, s.summary(), vocabulary.ids(s.words()));
        } catch (NoSuchFileException e) {
            return new IndexEntry.Damaged(name, session, notes, e.getFile() + " is missing");
        } catch (IOException | DamagedSessionException e) {
            return new IndexEntry.Damaged(name, session, notes, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // A record that passes the codec but breaks an invariant must not take the whole history down.
            return new IndexEntry.Damaged(name, session, notes, "cannot be read: " + e);
        }
    }

    record Summarised(SessionSummary summary, java.util.Set<String> words) {}

    static Summarised summarise(String id, StoredSession stored) {
        SessionSnapshot s = stored.snapshot();
        OptionalInt score = OptionalInt.empty();
        Optional<java.time.Instant> gradedAt = Optional.empty();
        Map<String, Integer> points = new LinkedHashMap<>();
        String gradeNotes = "";
        List<String> gradeTexts = new ArrayList<>();
        Optional<String> gradeProblem = Optional.empty();
        try {
            GradeHistory grades = GradeHistoryJson.fromJson(stored.extra(GradeHistoryJson.FIELD), stored.problems());
            Optional<Scorecard> current = grades.current();
            if (current.isPresent()) {
                Scorecard card = current.get();
                score = ScoreFormula.score(card).total();
                gradedAt = Optional.of(card.gradedAt());
                for (ChecklistScore row : card.checklist()) {
                    row.level().ifPresent(l -> points.put(row.dimensionId(), l.points()));
                    row.note().ifPresent(gradeTexts::add);
                }
                gradeNotes = snippet(card.notes());
                gradeTexts.add(card.notes());
            }
        } catch (GradingFormatException e) {
            gradeProblem = Optional.of(e.getMessage());
        }
        var q = s.question();
        SessionSummary summary = new SessionSummary(id, stored.folder(), q.id(), q.title(), q.type(), q.level(), q.tags(),
                q.competency(), q.tradeOffs(), s.createdAt(), s.finishedAt(), s.state(), s.elapsedMs(),
                s.plan().totalMinutes() * 60_000L, s.overtimeMs(), s.hintsUsed().size(), q.hints().size(),
                s.followUpsShown().size(), score, gradedAt, points, gradeNotes, gradeProblem, stored.notes().length(),
                stored.extra(Story.SESSION_FIELD).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()),
                stored.extra(LoopRound.SESSION_FIELD).flatMap(LoopRound::fromSessionField));
        List<String> texts = new ArrayList<>();
        texts.add(q.title());
        texts.addAll(q.tags());
        q.competency().ifPresent(texts::add);
        texts.add(stored.notes());
        texts.addAll(gradeTexts);
        return new Summarised(summary, Tokens.distinct(texts));
    }

    static String snippet(String text) {
        return OneLine.cut(text.replaceAll("\\s+", " ").strip(), SessionSummary.SNIPPET_LENGTH);
    }
}
