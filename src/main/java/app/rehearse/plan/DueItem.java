package app.rehearse.plan;

import java.util.Optional;

/**
 * One thing to practise today and why: a question whose review is due, an area the user is weak in, or
 * one not practised yet.
 *
 * @param label what is due, in the user's words: a question's title or an area's name
 * @param reason why it is due, with the numbers behind it ("last 48/100 on 12 Nov, due today")
 * @param questionId the question to practise for it; empty when the bank has none for the area
 */
public record DueItem(Kind kind, String label, String reason, Optional<String> questionId) {
    public enum Kind {
        REVIEW("Review"), WEAK_AREA("Weak area"), NEW_AREA("Not practised yet");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
