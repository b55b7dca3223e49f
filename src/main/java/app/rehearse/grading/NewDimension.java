package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a user types to add a trade-off dimension. Only the title is needed; the rest has
 * defaults so adding one is quick:
 * <ul>
 *   <li>blank sides come from a title of the form "A vs B" (also "vs." and "versus");</li>
 *   <li>a blank description asks the trade-off as a question;</li>
 *   <li>no self-check questions gives the three every trade-off deserves ({@link #DEFAULT_QUESTIONS}).</li>
 * </ul>
 * Whatever remains invalid is reported when the dimension is added.
 */
public record NewDimension(String title, String left, String right, String description, List<String> questions) {
    public static final List<String> DEFAULT_QUESTIONS = List.of(
            "Did I name this trade-off explicitly instead of leaving it implied?",
            "Did I pick a side for this context and say why?",
            "Did I say what I would monitor, and what would make me revisit the choice?");
    private static final Pattern VERSUS = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+", Pattern.CASE_INSENSITIVE);

    public NewDimension {
        title = strip(title);
        left = strip(left);
        right = strip(right);
        description = strip(description);
        questions = questions == null ? List.of()
                : questions.stream().map(NewDimension::strip).filter(q -> !q.isEmpty()).toList();
    }

    public static NewDimension titled(String title) {
        return new NewDimension(title, "", "", "", List.of());
    }

    /** The dimension with defaults filled in, under the given id. */
    ChecklistDimension toDimension(String id) {
        String l = left;
        String r = right;
        String[] sides = VERSUS.split(title, 2);
        if (sides.length == 2) {
            l = l.isEmpty() ? sides[0].strip() : l;
            r = r.isEmpty() ? sides[1].strip() : r;
        }
        String d = description;
        if (d.isEmpty() && !l.isEmpty() && !r.isEmpty()) {
            d = l + " or " + r + ": which matters more here, and what would change that?";
        }
        return new ChecklistDimension(id, title, l, r, d, questions.isEmpty() ? DEFAULT_QUESTIONS : questions);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
