package app.rehearse.plan;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.history.AreaSamples;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.SessionSummary;
import app.rehearse.history.WeakArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The areas graded sessions say something about, as Progress samples them ({@link ProgressStats#areas}), named for
 * the user and with the questions that practise each.
 */
final class Areas {
    record Area(AreaSamples samples, String name) {
        /** Judged as Progress judges it: the average of the most recent samples. */
        double average() {
            return samples.recentAverage();
        }

        Predicate<Question> covers() {
            return q -> samples.kind().targets(samples.key(), q);
        }

        /**
         * A tag is weak only across questions: two poor sessions of one question already bring that question
         * back, and each of its tags would only repeat it.
         */
        boolean judgeable(int minSamples) {
            long questions = samples.samples().stream().map(AreaSamples.Sample::questionId).distinct().count();
            return samples.samples().size() >= minSamples
                    && (samples.kind() != WeakArea.Kind.TAG || questions >= minSamples);
        }
    }

    private final List<Area> all;

    private Areas(List<Area> all) {
        this.all = all;
    }

    static Areas of(List<SessionSummary> finished, Map<String, String> dimensions, ZoneId zone) {
        return new Areas(ProgressStats.of(finished, zone).areas().stream().map(a -> new Area(a, switch (a.kind()) {
            case DIMENSION -> dimensions.getOrDefault(a.key(), a.key());
            case COMPETENCY -> a.key();
            case TAG -> "#" + a.key();
        })).toList());
    }

    List<Area> all() {
        return all;
    }

    boolean graded(WeakArea.Kind kind, String key) {
        return all.stream().anyMatch(a -> a.samples().kind() == kind && a.samples().key().equals(key));
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
