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

    public AreaSamples {
        samples = List.copyOf(samples);
    }
}
