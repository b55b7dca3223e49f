package app.rehearse.testing;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.RubricCriterion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small valid questions for tests. */
public final class TestQuestions {
    private TestQuestions() {}

    public static Question systemDesign(String id) {
        return new Question(id, QuestionType.SYSTEM_DESIGN, "Design " + id, "Design **" + id + "** for 10M users.",
                Level.SENIOR, List.of("storage"), Optional.empty(), List.of(),
                List.of("Start with the numbers.", "Where is the state?", "What fails first?"),
                List.of(new FollowUp("How do you shard?", FollowUp.Kind.PROBE),
                        new FollowUp("What about hot keys?", FollowUp.Kind.PROBE),
                        new FollowUp("A region goes down now.", FollowUp.Kind.CURVEBALL),
                        new FollowUp("How do you roll it out?", FollowUp.Kind.PROBE)),
                List.of(new RubricCriterion("Scope", "Asks about users and scale.", "Jumps to boxes.", 2)),
                List.of("consistency-vs-availability"), OptionalInt.of(45), List.of());
    }

    public static Question withPhases(String id, List<PhaseSpec> phases) {
        Question q = systemDesign(id);
        return new Question(q.id(), q.type(), q.title(), q.prompt(), q.level(), q.tags(), q.competency(), q.signals(),
                q.hints(), q.followUps(), q.rubric(), q.tradeOffs(),
                OptionalInt.of(phases.stream().mapToInt(PhaseSpec::minutes).sum()), phases);
    }

    /** A behavioral question probing {@code competency}, with these tags. */
    /** A trade-off drill: a system-design question's content under the drill type. */
    public static Question tradeOff(String id) {
        Question q = systemDesign(id);
        return new Question(q.id(), QuestionType.TRADE_OFF, "Decide " + id, q.prompt(), q.level(), q.tags(), q.competency(),
                q.signals(), q.hints(), q.followUps(), q.rubric(), q.tradeOffs(), OptionalInt.of(10), List.of());
    }

    public static Question behavioral(String id, String competency, String... tags) {
        return new Question(id, QuestionType.BEHAVIORAL, "Tell me about " + id, "Tell me about a time: " + id + ".",
                Level.SENIOR, List.of(tags), Optional.of(competency), List.of(), List.of("Pick one story."),
                List.of(new FollowUp("What would you do differently?", FollowUp.Kind.PROBE)),
                List.of(new RubricCriterion("Ownership", "Says what they did.", "Says what the team did.", 1)),
                List.of(), OptionalInt.empty(), List.of());
    }
}
