package app.rehearse.stories;

import app.rehearse.practice.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How long each part of a spoken STAR answer took, from the moments the speaker marked the start of
 * each part, and what to change. The targets: a whole answer of {@value #SHORTEST_SECONDS}–{@value
 * #LONGEST_SECONDS} seconds, at least {@value #LEAST_ACTION_PERCENT}% of it in Action, and no more
 * than {@value #MOST_SET_UP_PERCENT}% in Situation and Task together.
 */
public record StarTiming(Map<Part, Duration> parts, Duration total, List<String> flags) {
    public static final int SHORTEST_SECONDS = 120;
    public static final int LONGEST_SECONDS = 180;
    public static final int LEAST_ACTION_PERCENT = 50;
    public static final int MOST_SET_UP_PERCENT = 30;

    public enum Part {
        SITUATION("Situation"), TASK("Task"), ACTION("Action"), RESULT("Result");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StarTiming {
        parts = Map.copyOf(parts);
        flags = List.copyOf(flags);
    }

    /**
     * @param marks when each part began, in milliseconds from the start of the answer; a part never
     *              marked took no time
     * @param endMs when the answer ended
     */
    public static StarTiming of(Map<Part, Long> marks, long endMs) {
        Map<Part, Duration> parts = new EnumMap<>(Part.class);
        Part[] order = Part.values();
        for (int i = 0; i < order.length; i++) {
            Long start = marks.get(order[i]);
            if (start == null) {
                parts.put(order[i], Duration.ZERO);
                continue;
            }
            long end = endMs;
            for (int j = i + 1; j < order.length; j++) {
                Long next = marks.get(order[j]);
                if (next != null && next >= start) {
                    end = next;
                    break;
                }
            }
            parts.put(order[i], Duration.ofMillis(Math.max(0, end - start)));
        }
        Duration total = parts.values().stream().reduce(Duration.ZERO, Duration::plus);
        return new StarTiming(parts, total, flags(parts, total));
    }

    private static List<String> flags(Map<Part, Duration> parts, Duration total) {
        List<String> flags = new ArrayList<>();
        long seconds = total.toSeconds();
        if (seconds < SHORTEST_SECONDS) {
            flags.add("Too short: " + clock(total) + " against " + target() + "; a senior story needs room for what"
                    + " you did.");
        } else if (seconds > LONGEST_SECONDS) {
            flags.add("Too long: " + clock(total) + " against at most " + clock(Duration.ofSeconds(LONGEST_SECONDS))
                    + "; the interviewer wants time for follow-ups.");
        }
        for (Part part : Part.values()) {
            if (parts.get(part).isZero()) {
                flags.add(part.label() + " was not marked.");
            }
        }
        if (!total.isZero()) {
            long action = percent(parts.get(Part.ACTION), total);
            if (action < LEAST_ACTION_PERCENT) {
                flags.add("Action took " + action + "% of the answer (" + clock(parts.get(Part.ACTION)) + "); aim for at"
                        + " least " + LEAST_ACTION_PERCENT + "%.");
            }
            long setUp = percent(parts.get(Part.SITUATION).plus(parts.get(Part.TASK)), total);
            if (setUp > MOST_SET_UP_PERCENT) {
                flags.add("Situation and Task took " + setUp + "%; keep the set-up under " + MOST_SET_UP_PERCENT + "%.");
            }
        }
        return flags;
    }

    private static long percent(Duration part, Duration total) {
        return Math.round(100.0 * part.toMillis() / total.toMillis());
    }

    /** Whether the whole answer took from {@value #SHORTEST_SECONDS} to {@value #LONGEST_SECONDS} seconds. */
    public boolean withinTarget() {
        long seconds = total.toSeconds();
        return seconds >= SHORTEST_SECONDS && seconds <= LONGEST_SECONDS;
    }

    /** The whole answer's target, as "2:00–3:00". */
    public static String target() {
        return clock(Duration.ofSeconds(SHORTEST_SECONDS)) + "\u2013" + clock(Duration.ofSeconds(LONGEST_SECONDS));
    }

    /** Each part's time in order, "Situation 0:20 · Task 0:15 · …", a part never marked as a dash. */
    public String partTimes(Function<Part, String> name) {
        return Arrays.stream(Part.values()).map(part -> name.apply(part) + " " + (parts.get(part).isZero() ? "\u2013"
                : clock(parts.get(part)))).collect(Collectors.joining(" \u00b7 "));
    }

    /** m:ss, as every duration in the app is written. */
    public static String clock(Duration d) {
        return Durations.clock(d.toMillis());
    }
}
