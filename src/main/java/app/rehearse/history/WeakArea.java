package app.rehearse.history;

import app.rehearse.bank.DrawFilter;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import java.util.List;
import java.util.Set;

/**
 * An area with weak recent scores, and how to draw a question that practises it.
 *
 * @param key the dimension id, competency or tag
 * @param average mean of the most recent samples, 0..100 (dimension points are scaled from 0..3)
 * @param samples how many recent sessions the average is over
 */
public record WeakArea(Kind kind, String key, double average, int samples) {
    public enum Kind {
        DIMENSION, COMPETENCY, TAG;

        /** Whether a question practises the area {@code key} of this kind. */
        public boolean targets(String key, Question q) {
            return switch (this) {
                case DIMENSION -> q.tradeOffs().contains(key);
                case COMPETENCY -> q.competency().filter(key::equals).isPresent();
                case TAG -> q.tags().contains(key);
            };
        }
    }

    /**
     * The bank filter that narrows a draw towards this area: the tag, or behavioral questions for a
     * competency; for a dimension it is {@link DrawFilter#ANY} and {@link #targets} does the work.
     */
    public DrawFilter drawFilter() {
        return switch (kind) {
            case TAG -> DrawFilter.ANY.withTags(Set.of(key));
            case COMPETENCY -> DrawFilter.ofType(QuestionType.BEHAVIORAL);
            case DIMENSION -> DrawFilter.ANY;
        };
    }

    /** Whether a question practises this area: it stresses the dimension, probes the competency, or carries the tag. */
    public boolean targets(Question q) {
        return kind.targets(key, q);
    }

    /** The questions to draw from: {@code drawer.draw(area.candidates(bank.questions()), DrawFilter.ANY)}. */
    public List<Question> candidates(List<Question> questions) {
        return questions.stream().filter(this::targets).toList();
    }
}
