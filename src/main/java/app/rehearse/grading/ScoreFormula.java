package app.rehearse.grading;

import app.rehearse.bank.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The one formula that turns a {@link Scorecard} into a 0..100 score. It is deliberately
 * simple enough to check by hand, and {@link ScoreBreakdown#explain()} shows every step.
 *
 * <h2>Parts (each 0..1)</h2>
 * <ul>
 *   <li><b>Rubric</b>: Σ(weight × points) / Σ(weight × 3) over <em>every</em> criterion; one left
 *       unscored counts as 0 points. The rubric is the interviewer's view of this particular
 *       question, so it carries most weight.</li>
 *   <li><b>Checklist</b>: Σ(w × points) / Σ(w × 3) over the rows the question stresses (w = 2;
 *       unscored counts as 0) and any other row the user chose to score (w = 1): naming the
 *       trade-offs the question is about is required, volunteering others only counts when done.</li>
 *   <li><b>STAR</b> (behavioral): ticked elements / 5. The boxes are facts about the story, so once
 *       anything on the card is scored an unticked box counts as missing rather than unscored.</li>
 *   <li><b>Timing</b> (behavioral): 1 when the story fitted its target length, 0 when not;
 *       left out until answered.</li>
 * </ul>
 *
 * <h2>Weights</h2>
 * <table>
 *   <caption>weights by question type</caption>
 *   <tr><th>type</th><th>rubric</th><th>checklist</th><th>STAR</th><th>timing</th></tr>
 *   <tr><td>system design</td><td>0.60</td><td>0.40</td><td>–</td><td>–</td></tr>
 *   <tr><td>trade-off drill</td><td>0.50</td><td>0.50</td><td>–</td><td>–</td></tr>
 *   <tr><td>behavioral</td><td>0.60</td><td>0.15</td><td>0.15</td><td>0.10</td></tr>
 * </table>
 * A trade-off drill is about the checklist as much as the rubric; a behavioral answer is judged
 * mostly on its rubric, with structure and length as a smaller separate signal. Leaving
 * something out never helps: once anything is scored, an unscored criterion or stressed row
 * counts as 0. Only a part that cannot be scored at all (a question without a rubric, a checklist
 * with no stressed row and none scored, timing not answered) is left out, and the remaining
 * weights are scaled up in proportion to add to 1.
 *
 * <h2>Penalties, in points after weighting</h2>
 * <ul>
 *   <li>each hint used: −3, at most −15 (a hint is help an interviewer would notice, but a few
 *       should not sink an otherwise good answer);</li>
 *   <li>the rescue hint, which names the technique outright: −10 more, outside that cap (being handed the
 *       answer's key idea is a different thing from a nudge);</li>
 *   <li>each full minute of overtime: −1, at most −10 (running long is a real but modest signal).</li>
 * </ul>
 *
 * <h2>Total</h2>
 * round(100 × Σ effective weight × part) − penalties, kept within 0..100. A card with nothing
 * scored, ticked or answered has no total ("not graded"), whatever its penalties.
 */
public final class ScoreFormula {
    public static final int MAX_POINTS = 3;
    public static final int STRESSED_ROW_WEIGHT = 2;
    public static final int HINT_PENALTY = 3;
    public static final int HINT_PENALTY_CAP = 15;
    public static final int RESCUE_HINT_PENALTY = 10;
    public static final int OVERTIME_PENALTY_PER_MINUTE = 1;
    public static final int OVERTIME_PENALTY_CAP = 10;

    private ScoreFormula() {}

    /** The nominal weights for a question type, in display order; they add up to 1. */
    public static Map<ScoreComponent, Double> weights(QuestionType type) {
        Map<ScoreComponent, Double> w = new EnumMap<>(ScoreComponent.class);
        switch (type) {
            case SYSTEM_DESIGN -> {
                w.put(ScoreComponent.RUBRIC, 0.60);
                w.put(ScoreComponent.CHECKLIST, 0.40);
            }
            case TRADE_OFF -> {
                w.put(ScoreComponent.RUBRIC, 0.50);
                w.put(ScoreComponent.CHECKLIST, 0.50);
            }
            case BEHAVIORAL -> {
                w.put(ScoreComponent.RUBRIC, 0.60);
                w.put(ScoreComponent.CHECKLIST, 0.15);
                w.put(ScoreComponent.STAR, 0.15);
                w.put(ScoreComponent.TIMING, 0.10);
            }
            default -> throw new IllegalArgumentException("no weights for " + type);
        }
        return Collections.unmodifiableMap(w);
    }

    /**
     * The formula in words for a question type, for help text shown before anything is scored:
     * "Score = 100 × (Rubric × 0.60 + Checklist × 0.40) − 3 per hint (at most 15) − ...".
     */
    /** The formula on one line, e.g. "Score = 100 × (Rubric × 0.70 + Checklist × 0.30) − hints − overtime". */
    public static String summary(QuestionType type) {
        return "Score = 100 × (" + weightedParts(type) + ") − hints − overtime";
    }

    public static String describe(QuestionType type) {
        return "Score = 100 × (" + weightedParts(type) + ") − " + HINT_PENALTY + " per hint used (at most " + HINT_PENALTY_CAP + ") − " + RESCUE_HINT_PENALTY
                + " for the rescue hint − "
                + OVERTIME_PENALTY_PER_MINUTE + " per full minute of overtime (at most " + OVERTIME_PENALTY_CAP
                + "), rounded, from 0 to 100.\n"
                + "Each part is 0–100%: the rubric is the weighted mean of all criteria out of 3; the checklist is the"
                + " mean of the rows this question stresses (counted double) and any other row you scored, out of 3"
                + (type == QuestionType.BEHAVIORAL ? "; STAR is the share of the 5 story elements ticked; timing is"
                        + " 100% within the target length, 0% over it" : "")
                + ".\nAn unscored criterion or stressed row counts as 0: leaving something out never raises the score.";
    }

    private static String weightedParts(QuestionType type) {
        StringBuilder parts = new StringBuilder();
        weights(type).forEach((c, w) -> parts.append(parts.length() == 0 ? "" : " + ").append(c.label()).append(" × ")
                .append(String.format(Locale.ROOT, "%.2f", w)));
        return parts.toString();
    }

    public static ScoreBreakdown score(Scorecard card) {
        Map<ScoreComponent, Double> weights = weights(card.questionType());
        Map<ScoreComponent, OptionalDouble> fractions = new EnumMap<>(ScoreComponent.class);
        Map<ScoreComponent, String> details = new EnumMap<>(ScoreComponent.class);
        rubric(card, fractions, details);
        checklist(card, fractions, details);
        if (card.behavioral()) {
            star(card, fractions, details);
            timing(card, fractions, details);
        }
        double counted = 0;
        for (ScoreComponent c : fractions.keySet()) {
            if (fractions.get(c).isPresent()) {
                counted += weights.get(c);
            }
        }
        List<PartScore> parts = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<ScoreComponent, OptionalDouble> e : fractions.entrySet()) {
            ScoreComponent c = e.getKey();
            double effective = e.getValue().isPresent() ? weights.get(c) / counted : 0;
            sum += effective * e.getValue().orElse(0);
            parts.add(new PartScore(c, weights.get(c), e.getValue(), effective, details.get(c)));
        }
        Penalty hints = hintPenalty(card.hintsUsed(), card.hintsAvailable(), card.rescueUsed());
        Penalty overtime = overtimePenalty(card.overtimeSeconds());
        if (counted == 0) {
            return new ScoreBreakdown(parts, hints, overtime, OptionalDouble.empty(), OptionalInt.empty());
        }
        double base = 100 * sum;
        long total = Math.round(base) - hints.points() - overtime.points();
        return new ScoreBreakdown(parts, hints, overtime, OptionalDouble.of(base),
                OptionalInt.of((int) Math.max(0, Math.min(100, total))));
    }

    private static void rubric(Scorecard card, Map<ScoreComponent, OptionalDouble> out, Map<ScoreComponent, String> details) {
        long points = 0;
        long max = 0;
        int scored = 0;
        for (RubricScore s : card.rubric()) {
            max += (long) s.weight() * MAX_POINTS;
            if (s.scored()) {
                points += (long) s.weight() * s.level().orElseThrow().points();
                scored++;
            }
        }
        int unscored = card.rubric().size() - scored;
        out.put(ScoreComponent.RUBRIC, card.rubric().isEmpty() || !card.hasAnyScore() ? OptionalDouble.empty()
                : OptionalDouble.of((double) points / max));
        details.put(ScoreComponent.RUBRIC, card.rubric().isEmpty() ? "this question has no rubric"
                : scored + " of " + card.rubric().size() + " criteria scored" + (unscored > 0 ? ", " + unscored
                        + " unscored counted as 0" : "") + "; weighted mean of points / 3");
    }

    private static void checklist(Scorecard card, Map<ScoreComponent, OptionalDouble> out,
            Map<ScoreComponent, String> details) {
        long points = 0;
        long max = 0;
        int scored = 0;
        int stressed = 0;
        int unscoredStressed = 0;
        for (ChecklistScore row : card.checklist()) {
            if (!row.scored() && !row.stressed()) {
                continue;
            }
            int w = row.stressed() ? STRESSED_ROW_WEIGHT : 1;
            max += (long) w * MAX_POINTS;
            stressed += row.stressed() ? 1 : 0;
            if (row.scored()) {
                points += (long) w * row.level().orElseThrow().points();
                scored++;
            } else {
                unscoredStressed++;
            }
        }
        out.put(ScoreComponent.CHECKLIST, max == 0 || !card.hasAnyScore() ? OptionalDouble.empty()
                : OptionalDouble.of((double) points / max));
        details.put(ScoreComponent.CHECKLIST, card.checklist().isEmpty() ? "no checklist rows"
                : max == 0 ? "no row stressed or scored"
                : scored + " rows scored, " + stressed + " stressed counted double" + (unscoredStressed > 0 ? ", "
                        + unscoredStressed + " stressed unscored counted as 0" : "") + "; mean of points / 3");
    }

    private static void star(Scorecard card, Map<ScoreComponent, OptionalDouble> out, Map<ScoreComponent, String> details) {
        int all = StarElement.values().length;
        out.put(ScoreComponent.STAR, card.hasAnyScore()
                ? OptionalDouble.of((double) card.star().size() / all) : OptionalDouble.empty());
        details.put(ScoreComponent.STAR, card.hasAnyScore() ? card.star().size() + " of " + all + " story elements ticked"
                : "nothing on the card is scored yet");
    }

    private static void timing(Scorecard card, Map<ScoreComponent, OptionalDouble> out, Map<ScoreComponent, String> details) {
        out.put(ScoreComponent.TIMING, card.withinTarget().map(w -> OptionalDouble.of(w ? 1 : 0)).orElse(OptionalDouble.empty()));
        details.put(ScoreComponent.TIMING, card.withinTarget().map(w -> w ? "the story fitted its target length"
                : "the story ran over its target length").orElse("not answered"));
    }

    static Penalty hintPenalty(int used, int available, boolean rescueUsed) {
        long raw = (long) used * HINT_PENALTY;
        int points = (int) Math.min(HINT_PENALTY_CAP, raw) + (rescueUsed ? RESCUE_HINT_PENALTY : 0);
        String of = available > 0 ? " of " + available : "";
        String detail = (used == 0 ? "none used" + (available > 0 ? " (" + available + " available)" : "")
                : used + of + " used × " + HINT_PENALTY + (raw > HINT_PENALTY_CAP ? ", capped at " + HINT_PENALTY_CAP : ""))
                + (rescueUsed ? ", plus " + RESCUE_HINT_PENALTY + " for the rescue hint" : "");
        return new Penalty("hints", points, raw > HINT_PENALTY_CAP, detail);
    }

    static Penalty overtimePenalty(long overtimeSeconds) {
        long minutes = overtimeSeconds / 60;
        long raw = minutes * OVERTIME_PENALTY_PER_MINUTE;
        int points = (int) Math.min(OVERTIME_PENALTY_CAP, raw);
        String detail = overtimeSeconds == 0 ? "none"
                : minutes == 0 ? overtimeSeconds + " s over, less than a full minute"
                : minutes + " full minute" + (minutes == 1 ? "" : "s") + " over × " + OVERTIME_PENALTY_PER_MINUTE
                        + (raw > OVERTIME_PENALTY_CAP ? ", capped at " + OVERTIME_PENALTY_CAP : "");
        return new Penalty("overtime", points, raw > OVERTIME_PENALTY_CAP, detail);
    }
}
