package app.rehearse.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A score with everything that went into it, so the user can see exactly how it was reached.
 *
 * @param parts every part that applies to the question type, counted or left out
 * @param base the weighted parts as 0..100 before penalties; empty when nothing was scored
 * @param total the final 0..100 score; empty means "not graded"
 */
public record ScoreBreakdown(List<PartScore> parts, Penalty hints, Penalty overtime, OptionalDouble base, OptionalInt total) {

    public ScoreBreakdown {
        parts = List.copyOf(parts);
    }

    public boolean graded() {
        return total.isPresent();
    }

    public Optional<PartScore> part(ScoreComponent component) {
        return parts.stream().filter(p -> p.component() == component).findFirst();
    }

    /** The score for a label: "57" or "not graded". */
    public String totalText() {
        return total.isPresent() ? Integer.toString(total.getAsInt()) : "not graded";
    }

    /** One line: "Rubric 72% × 0.60 + Checklist 55% × 0.40 = 65 − hints 6 − overtime 2 = 57". */
    public String equation() {
        if (!graded()) {
            return "not graded";
        }
        String sum = parts.stream().filter(PartScore::counted)
                .map(p -> p.component().label() + " " + p.percent() + "% × " + weight(p.effectiveWeight()))
                .collect(Collectors.joining(" + "));
        long rounded = Math.round(base.getAsDouble());
        StringBuilder out = new StringBuilder(sum).append(" = ").append(rounded);
        boolean penalised = false;
        for (Penalty p : List.of(hints, overtime)) {
            if (p.points() > 0) {
                out.append(" − ").append(p.label()).append(' ').append(p.points());
                penalised = true;
            }
        }
        if (penalised) {
            out.append(" = ").append(total.getAsInt());
        }
        return out.toString();
    }

    /** Several lines for a tooltip or help text: the equation, then what each term means. */
    public String explain() {
        List<String> lines = new ArrayList<>();
        if (graded()) {
            lines.add(equation());
        } else {
            lines.add("Not graded yet: score at least one rubric criterion or checklist row.");
        }
        boolean leftOut = false;
        for (PartScore p : parts) {
            if (p.counted()) {
                lines.add(p.component().label() + " " + p.percent() + "%: " + p.detail() + " (weight " + weight(p.weight())
                        + ")");
            } else {
                lines.add(p.component().label() + " left out: " + p.detail() + ".");
                leftOut = true;
            }
        }
        if (leftOut && graded()) {
            lines.add("Weights of the parts left out are shared among the others in proportion, so they still add up to 1.");
        }
        lines.add("Hints: " + hints.detail() + (hints.points() > 0 ? " = −" + hints.points() : "") + ".");
        lines.add("Overtime: " + overtime.detail() + (overtime.points() > 0 ? " = −" + overtime.points() : "") + ".");
        if (graded() && total.getAsInt() == 0 && Math.round(base.getAsDouble()) - hints.points() - overtime.points() < 0) {
            lines.add("The score does not go below 0.");
        }
        return String.join("\n", lines);
    }

    private static String weight(double w) {
        return String.format(Locale.ROOT, "%.2f", w);
    }
}
