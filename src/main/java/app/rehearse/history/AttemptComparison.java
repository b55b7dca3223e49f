package app.rehearse.history;

import app.rehearse.bank.RubricCriterion;
import app.rehearse.grading.ChecklistScore;
import app.rehearse.grading.RubricScore;
import app.rehearse.grading.Scorecard;
import app.rehearse.practice.Durations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Attempts at one question compared line by line: each rubric criterion, each trade-off dimension
 * and each phase's time, with the change from the attempt before. An unscored criterion reads
 * "–" and shows no change; nothing is guessed.
 */
public final class AttemptComparison {

    /** One line of one attempt: what, its value, and how it moved since the previous attempt ("" when it cannot say). */
    public record Line(String group, String label, String value, String change) {}

    private AttemptComparison() {}

    /**
     * @param attempts oldest first
     * @param dimensionTitle names a trade-off dimension id
     * @return for each attempt, in the same order, its lines
     */
    public static List<List<Line>> of(List<SessionReview> attempts, Function<String, String> dimensionTitle) {
        List<List<Line>> out = new ArrayList<>();
        Map<String, OptionalLong> previous = new HashMap<>();
        for (SessionReview attempt : attempts) {
            Map<String, OptionalLong> values = new LinkedHashMap<>();
            Map<String, String[]> labels = new LinkedHashMap<>();
            Scorecard card = attempt.scorecard().orElse(null);
            List<RubricCriterion> criteria = attempt.session().snapshot().question().rubric();
            for (int i = 0; i < criteria.size(); i++) {
                RubricScore score = card == null || i >= card.rubric().size() ? null : card.rubric().get(i);
                String key = "rubric:" + criteria.get(i).criterion();
                labels.put(key, new String[] {"Rubric", criteria.get(i).criterion()});
                values.put(key, score == null || score.level().isEmpty() ? OptionalLong.empty()
                        : OptionalLong.of(score.level().get().points()));
            }
            if (card != null) {
                for (ChecklistScore row : card.checklist()) {
                    if (!row.scored() && !row.stressed()) {
                        continue;
                    }
                    String key = "dimension:" + row.dimensionId();
                    labels.put(key, new String[] {"Trade-offs", dimensionTitle.apply(row.dimensionId())});
                    values.put(key, row.level().map(l -> OptionalLong.of(l.points())).orElse(OptionalLong.empty()));
                }
            }
            for (PhaseSlice phase : attempt.phases()) {
                String key = "phase:" + phase.phaseId();
                labels.put(key, new String[] {"Phase time", phase.name()});
                values.put(key, phase.reached() ? OptionalLong.of(phase.actualMs()) : OptionalLong.empty());
            }
            List<Line> lines = new ArrayList<>();
            values.forEach((key, value) -> {
                boolean time = key.startsWith("phase:");
                String shown = value.isEmpty() ? (time ? "not reached" : "\u2013")
                        : time ? Durations.clock(value.getAsLong()) : value.getAsLong() + "/3";
                OptionalLong before = previous.getOrDefault(key, OptionalLong.empty());
                String change = value.isEmpty() || before.isEmpty() ? ""
                        : time ? signedTime(value.getAsLong() - before.getAsLong())
                        : signed(value.getAsLong() - before.getAsLong());
                lines.add(new Line(labels.get(key)[0], labels.get(key)[1], shown, change));
            });
            values.forEach((key, value) -> {
                if (value.isPresent()) {
                    previous.put(key, value);
                }
            });
            out.add(lines);
        }
        return out;
    }

    private static String signed(long delta) {
        return delta == 0 ? "=" : (delta > 0 ? "+" : "\u2212") + Math.abs(delta);
    }

    private static String signedTime(long deltaMs) {
        long seconds = deltaMs / 1000;
        return seconds == 0 ? "=" : (seconds > 0 ? "+" : "\u2212") + Durations.clock(Math.abs(deltaMs));
    }
}
