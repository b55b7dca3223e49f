package app.rehearse.bank;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One interview prompt with everything needed to practise and grade it.
 *
 * @param competency behavioral questions only: the competency probed (ownership, conflict, ...)
 * @param signals behavioral questions only: the seniority signals an interviewer listens for
 * @param tradeOffs ids of checklist dimensions this question stresses
 * @param timeboxMinutes overrides the total of the type's default phase plan
 * @param phases overrides the type's default phase plan (empty means use the default)
 * @param reference the model answer, shown only once an attempt is over
 * @param rescueHint a last, stronger hint that names the technique outright, for someone truly stuck; it
 *        costs more than the other hints
 */
public record Question(
        String id,
        QuestionType type,
        String title,
        String prompt,
        Level level,
        List<String> tags,
        Optional<String> competency,
        List<String> signals,
        List<String> hints,
        List<FollowUp> followUps,
        List<RubricCriterion> rubric,
        List<String> tradeOffs,
        OptionalInt timeboxMinutes,
        List<PhaseSpec> phases,
        Optional<Reference> reference,
        Optional<String> rescueHint) {

    /** A question without a rescue hint. */
    public Question(String id, QuestionType type, String title, String prompt, Level level, List<String> tags,
            Optional<String> competency, List<String> signals, List<String> hints, List<FollowUp> followUps,
            List<RubricCriterion> rubric, List<String> tradeOffs, OptionalInt timeboxMinutes, List<PhaseSpec> phases,
            Optional<Reference> reference) {
        this(id, type, title, prompt, level, tags, competency, signals, hints, followUps, rubric, tradeOffs,
                timeboxMinutes, phases, reference, Optional.empty());
    }

    /** A question without a reference answer. */
    public Question(String id, QuestionType type, String title, String prompt, Level level, List<String> tags,
            Optional<String> competency, List<String> signals, List<String> hints, List<FollowUp> followUps,
            List<RubricCriterion> rubric, List<String> tradeOffs, OptionalInt timeboxMinutes, List<PhaseSpec> phases) {
        this(id, type, title, prompt, level, tags, competency, signals, hints, followUps, rubric, tradeOffs,
                timeboxMinutes, phases, Optional.empty());
    }

    public Question {
        tags = List.copyOf(tags);
        signals = List.copyOf(signals);
        hints = List.copyOf(hints);
        followUps = List.copyOf(followUps);
        rubric = List.copyOf(rubric);
        tradeOffs = List.copyOf(tradeOffs);
        phases = List.copyOf(phases);
    }

    /** The same question with {@code hint} as its rescue hint (or none). */
    public Question withRescueHint(Optional<String> hint) {
        return new Question(id, type, title, prompt, level, tags, competency, signals, hints, followUps, rubric, tradeOffs,
                timeboxMinutes, phases, reference, hint);
    }

    /** The same question with {@code reference} as its reference answer (or none). */
    public Question withReference(Optional<Reference> answer) {
        return new Question(id, type, title, prompt, level, tags, competency, signals, hints, followUps, rubric, tradeOffs,
                timeboxMinutes, phases, answer, rescueHint);
    }
}
