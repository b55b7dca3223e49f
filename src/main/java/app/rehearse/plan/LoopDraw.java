package app.rehearse.plan;

import app.rehearse.bank.Question;
import app.rehearse.history.SessionSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a mock loop's questions: for each round, a question of its type (and level, when the round names
 * one), never twice in a loop. Among those, a question practised in the last {@value #RECENT_DAYS} days
 * comes only when nothing else is left; then the one covering most areas not graded yet (competencies and
 * trade-off dimensions) wins, then the one practised longest ago (never practised first), then the id, so
 * the same past always draws the same loop.
 */
public final class LoopDraw {
    static final int RECENT_DAYS = 14;

    private LoopDraw() {}

    /** The question ids, one per round; empty when the bank has no question for some round. */
    public static Optional<List<String>> draw(LoopTemplate template, List<Question> bank, List<SessionSummary> sessions,
            Instant now) {
        Map<String, Instant> lastPractised = new HashMap<>();
        Set<String> graded = new HashSet<>();
        for (SessionSummary s : sessions) {
            lastPractised.merge(s.questionId(), s.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
            if (s.score().isPresent()) {
                s.competency().ifPresent(c -> graded.add("competency:" + c));
                s.dimensionPoints().keySet().forEach(d -> graded.add("dimension:" + d));
            }
        }
        Instant recent = now.minus(RECENT_DAYS, ChronoUnit.DAYS);
        List<String> chosen = new ArrayList<>();
        for (LoopTemplate.Round round : template.rounds()) {
            Optional<Question> pick = bank.stream()
                    .filter(q -> q.type() == round.type() && round.level().map(l -> l == q.level()).orElse(true))
                    .filter(q -> !chosen.contains(q.id()))
                    .min(Comparator.comparing((Question q) -> lastPractised.getOrDefault(q.id(), Instant.MIN).isAfter(recent))
                            .thenComparing(q -> -uncovered(q, graded))
                            .thenComparing(q -> lastPractised.getOrDefault(q.id(), Instant.MIN))
                            .thenComparing(Question::id));
            if (pick.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(pick.get().id());
        }
        return Optional.of(chosen);
    }

    /** How many areas this question exercises that no graded session has. */
    private static int uncovered(Question q, Set<String> graded) {
        int count = q.competency().filter(c -> !graded.contains("competency:" + c)).isPresent() ? 1 : 0;
        for (String d : q.tradeOffs()) {
            count += graded.contains("dimension:" + d) ? 0 : 1;
        }
        return count;
    }
}
