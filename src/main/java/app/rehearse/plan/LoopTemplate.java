package app.rehearse.plan;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a mock loop, a full onsite rehearsal in one sitting: its rounds in order, each a question
 * type and optionally a level, and the break between rounds. A round's length is its question's own.
 */
public record LoopTemplate(List<Round> rounds, int breakMinutes) {
    public static final int MAX_ROUNDS = 8;
    public static final int MAX_BREAK_MINUTES = 30;

    /** An onsite as most companies run it: a design round, two stories, a trade-off drill, 5-minute breaks. */
    public static final LoopTemplate ONSITE = new LoopTemplate(List.of(new Round(QuestionType.SYSTEM_DESIGN, Optional.empty()),
            new Round(QuestionType.BEHAVIORAL, Optional.empty()), new Round(QuestionType.BEHAVIORAL, Optional.empty()),
            new Round(QuestionType.TRADE_OFF, Optional.empty())), 5);

    /** @param level the level to draw at; empty draws at any level */
    public record Round(QuestionType type, Optional<Level> level) {
        public String describe() {
            return type.label() + level.map(l -> " (" + l.id() + ")").orElse("");
        }
    }

    public LoopTemplate {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty() || rounds.size() > MAX_ROUNDS) {
            throw new IllegalArgumentException("a loop has 1 to " + MAX_ROUNDS + " rounds, not " + rounds.size());
        }
        if (breakMinutes < 0 || breakMinutes > MAX_BREAK_MINUTES) {
            throw new IllegalArgumentException("a break lasts 0 to " + MAX_BREAK_MINUTES + " minutes, not " + breakMinutes);
        }
    }

    /** "System design, Behavioral, Behavioral, Trade-off drill; 5-minute breaks". */
    public String describe() {
        return String.join(", ", rounds.stream().map(Round::describe).toList())
                + (breakMinutes == 0 ? "; no breaks" : "; " + breakMinutes + "-minute breaks");
    }
}
