package app.rehearse.stories;

import app.rehearse.bank.Question;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The competencies behavioral interviews probe, consolidated from the words the bank's questions use
 * for them (their {@code competency} and tags) so one area has one name: "influence" and
 * "leadership-without-authority" are both influence without authority. The eight themes senior
 * interviews come back to are first-class; a user may add their own beside these.
 */
public final class Competencies {
    /** A competency, how it is shown, and the other words questions use for it. */
    public record Competency(String id, String label, boolean seniorTheme, Set<String> aliases) {
        public Competency {
            aliases = Set.copyOf(aliases);
        }
    }

    public static final List<Competency> ALL = List.of(
            senior("influence-without-authority", "Influence without authority", "influence",
                    "leadership-without-authority", "negotiation", "alignment", "stakeholder-management", "stakeholders",
                    "managing-up"),
            senior("mentoring", "Mentoring", "coaching", "sponsorship", "growth", "onboarding", "knowledge-sharing"),
            senior("technical-decision-making", "Technical decision-making", "technical-judgment", "decision-making",
                    "judgment", "decision-quality", "one-way-door", "reversibility"),
            senior("ownership", "Ownership", "accountability", "initiative"),
            senior("conflict", "Conflict", "disagreement", "disagree-and-commit", "interpersonal"),
            senior("failure", "Failure", "project-failure", "post-mortem", "retrospective", "resilience",
                    "learning-mindset"),
            senior("ambiguity", "Ambiguity", "problem-framing"),
            senior("pragmatism", "Pragmatism", "technical-debt", "prioritization", "trade-offs"),
            other("execution", "Execution", "planning", "estimation", "program-management"),
            other("delegation", "Delegation"),
            other("feedback", "Giving hard feedback"),
            other("hiring", "Hiring", "interviewing", "calibration", "interviewer-training", "team-building"),
            other("technical-leadership", "Technical leadership", "leadership"),
            other("strategy", "Strategy", "roadmap"),
            other("incident-leadership", "Incident leadership", "incidents", "on-call"),
            other("collaboration", "Collaboration", "cross-team", "product-partnership"),
            other("communication", "Communication", "stakeholder-communication", "documentation"),
            other("quality", "Quality"),
            other("courage", "Courage"));

    private static final Map<String, Competency> BY_WORD = new HashMap<>();

    static {
        for (Competency c : ALL) {
            BY_WORD.put(c.id(), c);
            c.aliases().forEach(alias -> BY_WORD.put(alias, c));
        }
    }

    private Competencies() {}

    /** The competency a word of a question or a story names, if it names one. */
    public static Optional<Competency> of(String word) {
        return Optional.ofNullable(BY_WORD.get(word));
    }

    /** The id a word stands for: the consolidated one where there is one, else the word itself (the user's own). */
    public static String idOf(String word) {
        return of(word).map(Competency::id).orElse(word);
    }

    /** How a competency id is shown: its label, or for one of the user's own, its words. */
    public static String label(String id) {
        return of(id).map(Competency::label).orElse(id.replace('-', ' '));
    }

    /**
     * The competencies a question probes: its own {@code competency} (whatever the word), and every tag
     * that names one.
     */
    public static Set<String> probedBy(Question question) {
        Set<String> ids = new LinkedHashSet<>();
        question.competency().ifPresent(c -> ids.add(idOf(c)));
        question.tags().forEach(tag -> of(tag).ifPresent(c -> ids.add(c.id())));
        return ids;
    }

    private static Competency senior(String id, String label, String... aliases) {
        return new Competency(id, label, true, Set.of(aliases));
    }

    private static Competency other(String id, String label, String... aliases) {
        return new Competency(id, label, false, Set.of(aliases));
    }
}
