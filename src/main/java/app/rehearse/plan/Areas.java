package app.rehearse.plan;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.history.SessionSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The areas graded sessions say something about, each with its samples as percentages: a trade-off
 * dimension (its checklist points out of 3), a behavioral competency and a tag (the session's score).
 */
final class Areas {
    record Sample(Instant at, int percent, String questionId) {
    }

    record Area(String key, String name, List<Sample> samples, Predicate<Question> covers) {
        double mean() {
            return samples.stream().mapToInt(Sample::percent).average().orElse(0);
        }

        /**
         * A tag is weak only across questions: two poor sessions of one question already bring that question
         * back, and each of its tags would only repeat it.
         */
        boolean judgeable(int minSamples) {
            long questions = samples.stream().map(Sample::questionId).distinct().count();
            return samples.size() >= minSamples && (!key.startsWith(TAG) || questions >= minSamples);
        }
    }

    static final String TAG = "tag:";

    private final Map<String, Area> byKey;

    private Areas(Map<String, Area> byKey) {
        this.byKey = byKey;
    }

    static Areas of(List<SessionSummary> finished, Map<String, String> dimensions) {
        Map<String, Area> areas = new LinkedHashMap<>();
        for (SessionSummary s : finished) {
            if (s.score().isEmpty()) {
                continue;
            }
            Instant at = s.finishedAt().orElse(s.createdAt());
            int score = s.score().getAsInt();
            s.dimensionPoints().forEach((id, points) -> add(areas, "dimension:" + id, dimensions.getOrDefault(id, id),
                    q -> q.tradeOffs().contains(id), new Sample(at, Math.round(points * 100f / 3), s.questionId())));
            s.competency().ifPresent(c -> add(areas, "competency:" + c, c, q -> q.competency().filter(c::equals).isPresent(),
                    new Sample(at, score, s.questionId())));
            s.tags().forEach(tag -> add(areas, TAG + tag, "#" + tag, q -> q.tags().contains(tag),
                    new Sample(at, score, s.questionId())));
        }
        return new Areas(areas);
    }

    private static void add(Map<String, Area> areas, String key, String name, Predicate<Question> covers, Sample sample) {
        areas.computeIfAbsent(key, k -> new Area(k, name, new ArrayList<>(), covers)).samples().add(sample);
    }

    List<Area> all() {
        return List.copyOf(byKey.values());
    }

    boolean graded(String key) {
        return byKey.containsKey(key);
    }

    /** The competencies the bank's behavioral questions probe, in order. */
    static Set<String> competencies(List<Question> bank) {
        Set<String> competencies = new TreeSet<>();
        bank.stream().filter(q -> q.type() == QuestionType.BEHAVIORAL).forEach(q -> q.competency().ifPresent(competencies::add));
        return competencies;
    }

    /** The trade-off dimensions the bank's questions stress. */
    static Set<String> stressedDimensions(List<Question> bank) {
        Set<String> dimensions = new TreeSet<>();
        bank.forEach(q -> dimensions.addAll(q.tradeOffs()));
        return dimensions;
    }
}
