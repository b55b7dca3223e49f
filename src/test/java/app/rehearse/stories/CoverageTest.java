package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Question;
import app.rehearse.testing.TestQuestions;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final YearMonth NOW = YearMonth.of(2026, 12);
    private final List<Question> bank = List.of(
            TestQuestions.behavioral("disagreed-with-manager", "conflict", "disagreement", "managing-up"),
            TestQuestions.behavioral("grew-an-engineer", "coaching", "mentoring"),
            TestQuestions.behavioral("owned-an-outage", "accountability", "incidents"),
            TestQuestions.systemDesign("url-shortener"));

    @Test
    void fiveStoriesWithoutMentoringOrFailureShowThoseAsGapsAndLinkTheQuestionsThatProbeThem() {
        List<Story> five = List.of(
                Stories.story("checkout-migration", YearMonth.of(2025, 9), "ownership", "influence"),
                Stories.story("api-deprecation", YearMonth.of(2025, 3), "influence-without-authority", "conflict"),
                Stories.story("search-rewrite", YearMonth.of(2024, 11), "technical-judgment", "pragmatism"),
                Stories.story("pager-fatigue", YearMonth.of(2026, 2), "ownership", "ambiguity"),
                Stories.story("vendor-choice", YearMonth.of(2024, 6), "decision-making", "conflict"));

        Coverage coverage = Coverage.of(five, bank, NOW);

        assertThat(coverage.gaps()).extracting(Coverage.Row::competency).contains("mentoring", "failure")
                .doesNotContain("ownership", "conflict", "influence-without-authority", "technical-decision-making");
        Coverage.Row mentoring = row(coverage, "mentoring");
        assertThat(mentoring.label()).isEqualTo("Mentoring");
        assertThat(mentoring.probedBy()).extracting(Question::id).containsExactly("grew-an-engineer");
        assertThat(row(coverage, "influence-without-authority").stories()).as("\"influence\" is the same competency")
                .extracting(Story::id).containsExactly("checkout-migration", "api-deprecation");
        assertThat(row(coverage, "incident-leadership").status()).as("probed by a tag of the bank")
                .isEqualTo(Coverage.Status.GAP);
        assertThat(row(coverage, "managing-up")).as("an alias, not a row of its own").isNull();
    }

    @Test
    void oneStoryOrOnlyOldStoriesAreThinAndAStoryStretchedOverTooManyIsOverused() {
        Story lonely = Stories.story("only-one", YearMonth.of(2026, 1), "ambiguity");
        Story old = Stories.story("long-ago", YearMonth.of(2022, 6), "failure");
        Story older = Stories.story("longer-ago", YearMonth.of(2021, 1), "failure");
        Story everything = Stories.story("swiss-army", YearMonth.of(2026, 5), "ownership", "conflict", "mentoring",
                "strategy", "delegation");
        Story second = Stories.story("second", YearMonth.of(2026, 5), "ownership");

        Coverage coverage = Coverage.of(List.of(lonely, old, older, everything, second), bank, NOW);

        assertThat(row(coverage, "ambiguity").status()).isEqualTo(Coverage.Status.THIN);
        assertThat(row(coverage, "ambiguity").why()).startsWith("one story");
        assertThat(row(coverage, "failure").status()).isEqualTo(Coverage.Status.THIN);
        assertThat(row(coverage, "failure").why()).contains("more than 3 years old");
        assertThat(row(coverage, "ownership").status()).isEqualTo(Coverage.Status.COVERED);
        assertThat(coverage.overused()).containsExactly(everything);
    }

    @Test
    void aCompetencyOfTheUsersOwnHasARow() {
        Coverage coverage = Coverage.of(List.of(Stories.story("ops", YearMonth.of(2026, 1), "cost-cutting")), bank, NOW);

        assertThat(row(coverage, "cost-cutting").label()).isEqualTo("cost cutting");
        assertThat(row(coverage, "cost-cutting").status()).isEqualTo(Coverage.Status.THIN);
    }

    private static Coverage.Row row(Coverage coverage, String competency) {
        return coverage.rows().stream().filter(r -> r.competency().equals(competency)).findFirst().orElse(null);
    }
}
