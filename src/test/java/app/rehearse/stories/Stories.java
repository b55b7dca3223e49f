package app.rehearse.stories;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Stories for tests. */
final class Stories {
    static final Instant NOON = Instant.parse("2026-11-02T12:00:00Z");

    private Stories() {}

    static Story story(String id, YearMonth ended, String... competencies) {
        return new Story(id, "Story " + id, ended.minusMonths(3), Optional.of(ended), "We were stuck.",
                "I had to fix it.", "I measured, I proposed a plan, I led the migration and I paired with two teams.",
                "p99 fell from 900 ms to 120 ms.", List.of("p99 900 ms to 120 ms"), StoryScope.MULTI_TEAM,
                "Ask for the numbers first.", List.of(competencies), NOON, NOON);
    }
}
