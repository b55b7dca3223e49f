package app.rehearse.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Every question's {@link PracticeRecord}, gathered from the history's session summaries in one pass. */
public final class PracticeRecords {
    /** No history at all: every question is {@link PracticeRecord#NEVER never practised}. */
    public static final PracticeRecords NONE = new PracticeRecords(Map.of());

    private final Map<String, PracticeRecord> byQuestion;

    private PracticeRecords(Map<String, PracticeRecord> byQuestion) {
        this.byQuestion = byQuestion;
    }

    /**
     * @param sessions readable sessions, e.g. {@link HistoryIndex#summaries()} (which leaves damaged folders out);
     *        each one's score is its current grade, so a re-graded session counts with its latest grade
     */
    public static PracticeRecords of(Collection<SessionSummary> sessions) {
        Map<String, PracticeRecord> records = new HashMap<>();
        for (SessionSummary s : sessions) {
            records.merge(s.questionId(), PracticeRecord.NEVER.with(s), (had, one) -> had.with(s));
        }
        return new PracticeRecords(Map.copyOf(records));
    }

    /** The question's record; {@link PracticeRecord#NEVER} for a question with no session. */
    public PracticeRecord forQuestion(String questionId) {
        return byQuestion.getOrDefault(questionId, PracticeRecord.NEVER);
    }

    /** The questions practised at least once, by id. */
    public Map<String, PracticeRecord> byQuestion() {
        return byQuestion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PracticeRecords that && byQuestion.equals(that.byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return "PracticeRecords" + byQuestion;
    }
}
