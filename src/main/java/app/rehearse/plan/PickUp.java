package app.rehearse.plan;

import app.rehearse.history.SessionSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Work left half done, which comes before anything new: sessions never finished (a crash, or the window closed
 * mid-session) and a mock loop waiting between or inside its rounds. Both are resumed on the practice page.
 */
public final class PickUp {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private PickUp() {}

    /** What to say about the unfinished work, or nothing when there is none. */
    public static Optional<String> describe(List<SessionSummary> sessions, Optional<MockLoop> loop, ZoneId zone) {
        Optional<MockLoop> waiting = loop.filter(l -> !l.finished());
        List<SessionSummary> unfinished = sessions.stream().filter(s -> !s.isFinished())
                // The round a loop is on is told as the loop's, not a second time as a session.
                .filter(s -> waiting.flatMap(MockLoop::sessionId).filter(s.id()::equals).isEmpty())
                .sorted(Comparator.comparing(SessionSummary::createdAt))
                .toList();
        StringBuilder text = new StringBuilder();
        waiting.ifPresent(l -> text.append("Your mock loop is waiting at round ").append(l.round() + 1).append(" of ")
                .append(l.questionIds().size()).append(" (").append(l.template().rounds().get(l.round()).describe())
                .append(")."));
        if (unfinished.size() == 1) {
            SessionSummary session = unfinished.get(0);
            separate(text).append("\u201c").append(session.title()).append("\u201d, started ")
                    .append(WHEN.format(session.createdAt().atZone(zone))).append(", was never finished.");
        } else if (unfinished.size() > 1) {
            separate(text).append(unfinished.size()).append(" sessions were never finished.");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.append(" Resume, finish or discard ")
                .append(unfinished.size() + (waiting.isPresent() ? 1 : 0) == 1 ? "it" : "them").append(" on the Practice page.")
                .toString());
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append(' ');
    }
}
