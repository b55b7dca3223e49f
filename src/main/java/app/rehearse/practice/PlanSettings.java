package app.rehearse.practice;

import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's default phase plans per question type, whether phases advance by themselves, and what they
 * are preparing for. A question's own phases win; a question's timebox alone rescales the default plan.
 */
public record PlanSettings(Map<QuestionType, PhasePlan> defaults, boolean autoAdvance, boolean sound, StudyGoal goal,
        Appearance appearance, Optional<Level> gradeLevel) {

    /** Settings with no interview date set, the default look, and grading at each question's own level. */
    public PlanSettings(Map<QuestionType, PhasePlan> defaults, boolean autoAdvance, boolean sound) {
        this(defaults, autoAdvance, sound, StudyGoal.NONE, Appearance.DEFAULT, Optional.empty());
    }

    public PlanSettings {
        Map<QuestionType, PhasePlan> copy = new EnumMap<>(QuestionType.class);
        copy.putAll(builtIn());
        copy.putAll(defaults);
        defaults = Map.copyOf(copy);
    }

    public static PlanSettings standard() {
        return new PlanSettings(Map.of(), false, false);
    }

    /** The plans Rehearse ships with: a 45-minute design round, a 15-minute story, a 10-minute drill. */
    public static Map<QuestionType, PhasePlan> builtIn() {
        return Map.of(
                QuestionType.SYSTEM_DESIGN, new PhasePlan(List.of(
                        new PhaseSpec("requirements", "Requirements", 5),
                        new PhaseSpec("estimates", "Estimates", 5),
                        new PhaseSpec("api-data-model", "API and data model", 5),
                        new PhaseSpec("high-level-design", "High-level design", 15),
                        new PhaseSpec("deep-dive", "Deep dive", 10),
                        new PhaseSpec("wrap-up", "Wrap-up", 5))),
                QuestionType.BEHAVIORAL, new PhasePlan(List.of(
                        new PhaseSpec("prepare", "Prepare", 2),
                        new PhaseSpec("answer", "Answer (STAR)", 3),
                        new PhaseSpec("follow-ups", "Follow-ups", 8),
                        new PhaseSpec("reflect", "Reflect", 2))),
                QuestionType.TRADE_OFF, new PhasePlan(List.of(
                        new PhaseSpec("frame", "Frame the choice", 2),
                        new PhaseSpec("options", "Options", 3),
                        new PhaseSpec("decide", "Decide and defend", 3),
                        new PhaseSpec("revisit", "Risks and revisit", 2))));
    }

    public PhasePlan defaultFor(QuestionType type) {
        return defaults.get(type);
    }

    public PlanSettings withDefault(QuestionType type, PhasePlan plan) {
        Map<QuestionType, PhasePlan> copy = new EnumMap<>(defaults);
        copy.put(type, plan);
        return new PlanSettings(copy, autoAdvance, sound, goal, appearance, gradeLevel);
    }

    public PlanSettings withAutoAdvance(boolean value) {
        return new PlanSettings(defaults, value, sound, goal, appearance, gradeLevel);
    }

    public PlanSettings withSound(boolean value) {
        return new PlanSettings(defaults, autoAdvance, value, goal, appearance, gradeLevel);
    }

    public PlanSettings withGoal(StudyGoal value) {
        return new PlanSettings(defaults, autoAdvance, sound, value, appearance, gradeLevel);
    }

    public PlanSettings withAppearance(Appearance value) {
        return new PlanSettings(defaults, autoAdvance, sound, goal, value, gradeLevel);
    }

    /** The bar grading starts at; empty starts at each question's own level. */
    public PlanSettings withGradeLevel(Optional<Level> value) {
        return new PlanSettings(defaults, autoAdvance, sound, goal, appearance, value);
    }

    /**
     * The plan a session on this question runs: the question's own phases when it has them;
     * otherwise the user's default for its type, rescaled when the question asks for a
     * non-standard length. A timebox equal to the standard length (45/15/10) means "a normal
     * round", so the user's own default total applies.
     */
    public PhasePlan planFor(Question q) {
        if (!q.phases().isEmpty()) {
            return new PhasePlan(q.phases());
        }
        PhasePlan plan = defaultFor(q.type());
        int standard = builtIn().get(q.type()).totalMinutes();
        if (q.timeboxMinutes().isPresent() && q.timeboxMinutes().getAsInt() != standard) {
            return plan.scaledTo(q.timeboxMinutes().getAsInt());
        }
        return plan;
    }
}
