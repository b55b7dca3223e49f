package app.rehearse.grading;

import app.rehearse.bank.Level;
import app.rehearse.bank.RubricCriterion;

/**
 * What 1, 2 and 3 points of a rubric criterion mean at the level an answer is graded against. Up to
 * senior, they are the criterion's weak, solid and strong answers. At staff and principal, where the
 * criterion says what a staff answer adds, the bar moves up one step: the senior "strong" earns 2, and
 * 3 needs what staff adds as well.
 */
public record RubricBar(String one, String two, String three, boolean raised) {
    /** Stands in for a criterion written without a solid description. */
    static final String SOLID_UNWRITTEN = "Between the two: right, but without what makes it strong.";

    public static RubricBar of(RubricCriterion c, Level level) {
        String solid = c.solid().orElse(SOLID_UNWRITTEN);
        boolean raised = (level == Level.STAFF || level == Level.PRINCIPAL) && c.staff().isPresent();
        if (raised) {
            return new RubricBar("At most solid: " + solid, "Strong at senior level: " + c.strong(),
                    "Staff: " + c.strong() + " And " + lowerFirst(c.staff().orElseThrow()), true);
        }
        return new RubricBar("Weak: " + c.weak(), "Solid: " + solid, "Strong: " + c.strong(), false);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
