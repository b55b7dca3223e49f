package app.rehearse.bank;

import java.util.List;
import java.util.Optional;

/** Core concepts, each explained briefly, with when to use it, what it costs, and the question tags that lead to it. */
public record Glossary(List<Concept> concepts) {
    public Glossary {
        concepts = List.copyOf(concepts);
    }

    /**
     * @param tags question tags that lead here: a question carrying one of them exercises the concept
     */
    public record Concept(String id, String term, String explanation, String whenToUse, String costs, List<String> tags) {
        public Concept {
            tags = List.copyOf(tags);
        }

        public boolean exercisedBy(Question q) {
            return q.tags().stream().anyMatch(tags::contains);
        }
    }

    /** The concepts a question exercises, through its tags. */
    public List<Concept> exercisedBy(Question q) {
        return concepts.stream().filter(c -> c.exercisedBy(q)).toList();
    }

    /** The concept a tag leads to, if any. */
    public Optional<Concept> forTag(String tag) {
        return concepts.stream().filter(c -> c.tags().contains(tag)).findFirst();
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }
}
