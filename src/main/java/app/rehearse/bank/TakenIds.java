package app.rehearse.bank;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids a bank already owns, each with the file that owns it, and the trade-off dimensions it
 * defines: what a pack checked against the bank must not clash with or may refer to.
 */
public record TakenIds(Map<String, String> questions, Map<String, String> packs, Set<String> dimensions) {
    public TakenIds {
        questions = Map.copyOf(questions);
        packs = Map.copyOf(packs);
        dimensions = Set.copyOf(dimensions);
    }

    public static TakenIds of(QuestionBank bank) {
        Map<String, String> questions = new LinkedHashMap<>();
        Map<String, String> packs = new LinkedHashMap<>();
        for (LoadedPack pack : bank.packs()) {
            packs.put(pack.pack().info().id(), pack.source());
            pack.pack().questions().forEach(q -> questions.put(q.id(), pack.source()));
        }
        return new TakenIds(questions, packs, dimensionIds(bank));
    }

    /** Only the bank's dimensions: for checking a file on its own, before deciding what to do about clashes. */
    public static TakenIds dimensionsOf(QuestionBank bank) {
        return new TakenIds(Map.of(), Map.of(), dimensionIds(bank));
    }

    /** The same, with some questions and packs given up, as when the file being checked will take their place. */
    public TakenIds without(Collection<String> questionIds, Collection<String> packIds) {
        Map<String, String> q = new LinkedHashMap<>(questions);
        q.keySet().removeAll(questionIds);
        Map<String, String> p = new LinkedHashMap<>(packs);
        p.keySet().removeAll(packIds);
        return new TakenIds(q, p, dimensions);
    }

    private static Set<String> dimensionIds(QuestionBank bank) {
        return bank.dimensions().stream().map(ChecklistDimension::id).collect(Collectors.toUnmodifiableSet());
    }
}
