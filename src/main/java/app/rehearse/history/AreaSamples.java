package app.rehearse.history;

import java.time.Instant;
import java.util.List;

/**
 * What graded sessions say about one area (a trade-off dimension, a competency or a tag), oldest first:
 * the same samples Progress judges weak areas on and Today schedules them from.
 */
public record AreaSamples(WeakArea.Kind kind, String key, List<Sample> samples) {
    /**
     * @param at when the session finished (or began, if it never did)
     * @param percent 0..100: a dimension's checklist points out of 3, otherwise the session's score
     */
    public record Sample(Instant at, int percent, String questionId) {
    }

    /** Areas are judged on this many most recent samples: how the user does now, not how they began. */
    public static final int RECENT = 10;

    public AreaSamples {
        samples = List.copyOf(samples);
    }

    /** The {@value #RECENT} most recent samples, oldest first. */
    public List<Sample> recent() {
        return samples.subList(Math.max(0, samples.size() - RECENT), samples.size());
    }

    /** The mean percent of the {@link #recent()} samples: what Progress and Today both call the area's average. */
    public double recentAverage() {
        return recent().stream().mapToInt(Sample::percent).average().orElse(0);
    }
}
