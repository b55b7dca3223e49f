package app.rehearse.stories;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One of the user's own STAR stories, kept in {@code stories/<id>.json}.
 *
 * @param from        when it began (a month is precise enough to say how old a story is)
 * @param until       when it ended, for a story that ran over a period
 * @param situation   Markdown, as are {@code task}, {@code action}, {@code result} and {@code learned}
 * @param metrics     the numbers in the result, one a line ("p99 from 900 ms to 120 ms")
 * @param competencies ids from {@link Competencies}, or the user's own
 */
public record Story(String id, String title, YearMonth from, Optional<YearMonth> until, String situation, String task,
        String action, String result, List<String> metrics, StoryScope scope, String learned, List<String> competencies,
        Instant createdAt, Instant updatedAt) {

    /** The field of a behavioral session's record that names the story told in it. */
    public static final String SESSION_FIELD = "story";

    /** Stories as the user finds them listed: by title, ignoring case. */
    public static final Comparator<Story> BY_TITLE = Comparator.comparing(Story::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Story::id);

    public Story {
        metrics = List.copyOf(metrics);
        competencies = List.copyOf(competencies);
    }

    /** The month the story ended, or began when it was a moment: what its age is counted from. */
    public YearMonth endedIn() {
        return until.orElse(from);
    }

    public boolean covers(String competency) {
        return competencies.contains(competency);
    }
}
