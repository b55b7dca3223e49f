package app.rehearse.bank;

import java.util.List;

/**
 * One trade-off a self-grader scores, such as performance vs maintainability,
 * with the questions they ask themselves about it.
 */
public record ChecklistDimension(String id, String title, String left, String right, String description,
        List<String> questions) {
    public ChecklistDimension {
        questions = List.copyOf(questions);
    }
}
