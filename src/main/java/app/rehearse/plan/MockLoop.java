package app.rehearse.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A mock loop under way: the template it follows, the question drawn for each round, the round the user
 * is on, and the session of that round once it has started. Kept on disk after every step, so a loop
 * survives a crash and resumes at its round.
 *
 * @param round the round in progress or next, from 0; the loop is over once it reaches the last
 * @param sessionId the session of {@code round}, once it has started
 */
public record MockLoop(String id, LoopTemplate template, List<String> questionIds, int round, Optional<String> sessionId,
        Instant startedAt) {

    public MockLoop {
        questionIds = List.copyOf(questionIds);
        if (questionIds.size() != template.rounds().size()) {
            throw new IllegalArgumentException("a loop of " + template.rounds().size() + " rounds needs as many questions,"
                    + " not " + questionIds.size());
        }
        if (round < 0 || round > questionIds.size()) {
            throw new IllegalArgumentException("no round " + round + " in a loop of " + questionIds.size());
        }
    }

    public boolean finished() {
        return round >= questionIds.size();
    }

    /** The question of the round in progress or next. */
    public String currentQuestion() {
        if (finished()) {
            throw new IllegalStateException("the loop is over");
        }
        return questionIds.get(round);
    }

    /** The round's session has started. */
    public MockLoop started(String session) {
        return new MockLoop(id, template, questionIds, round, Optional.of(session), startedAt);
    }

    /** The round is over: on to the next, whose session has not started. */
    public MockLoop next() {
        if (finished()) {
            throw new IllegalStateException("the loop is over");
        }
        return new MockLoop(id, template, questionIds, round + 1, Optional.empty(), startedAt);
    }

    /** "Round 2 of 4 · Behavioral". */
    public String progress() {
        return finished() ? "Loop complete: " + questionIds.size() + " rounds"
                : "Round " + (round + 1) + " of " + questionIds.size() + " \u00b7 " + template.rounds().get(round).describe();
    }
}
