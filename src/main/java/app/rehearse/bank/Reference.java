package app.rehearse.bank;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a strong answer looks like, shown only after an attempt: a model outline in the order of
 * the interview's phases, a reference diagram, the observable signals of a senior and of a staff
 * answer, and the common ways an answer goes wrong.
 *
 * @param outline Markdown, phase by phase
 * @param diagram a whiteboard file next to the pack (e.g. {@code diagrams/web-crawler.json}); the
 *        loader reads and checks it, and the bank holds the board ({@link QuestionBank#referenceDiagram})
 * @param seniorSignals what a strong senior answer shows
 * @param staffSignals what a staff answer adds: scope across teams, sequencing, cost, migration, risk
 */
public record Reference(String outline, Optional<String> diagram, List<String> seniorSignals, List<String> staffSignals,
        List<String> pitfalls) {

    public Reference {
        seniorSignals = List.copyOf(seniorSignals);
        staffSignals = List.copyOf(staffSignals);
        pitfalls = List.copyOf(pitfalls);
    }

    /** Every signal in order, senior first: the list the user ticks after an attempt. */
    public List<String> signals() {
        return Stream.concat(seniorSignals.stream(), staffSignals.stream()).toList();
    }
}
