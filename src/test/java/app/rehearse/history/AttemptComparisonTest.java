package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.RubricLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptComparisonTest {
    @TempDir
    Path home;

    @Test
    void eachCriterionDimensionAndPhaseShowsItsValueAndTheChangeSinceTheAttemptBefore() throws Exception {
        SessionFixture f = new SessionFixture(home);
        var question = SessionFixture.design("rate-limiter", "Rate limiter");
        String first = f.session(question, SessionFixture.DAY_ONE).graded(RubricLevel.SOLID, ChecklistLevel.MENTIONED, "")
                .write();
        String second = f.session(question, SessionFixture.DAY_ONE.plusSeconds(86_400))
                .graded(RubricLevel.STRONG, ChecklistLevel.MENTIONED, "").write();
        String third = f.session(question, SessionFixture.DAY_ONE.plusSeconds(2 * 86_400)).write();

        List<List<AttemptComparison.Line>> lines = AttemptComparison.of(List.of(SessionReview.load(f.repository, first),
                SessionReview.load(f.repository, second), SessionReview.load(f.repository, third)), id -> "Title of " + id);

        assertThat(lines.get(0)).contains(new AttemptComparison.Line("Rubric", "Scope", "2/3", ""));
        assertThat(lines.get(1)).contains(new AttemptComparison.Line("Rubric", "Scope", "3/3", "+1"),
                new AttemptComparison.Line("Trade-offs", "Title of consistency-vs-availability", "1/3", "="));
        assertThat(lines.get(2)).as("an ungraded attempt shows no score and no change").contains(
                new AttemptComparison.Line("Rubric", "Scope", "\u2013", ""));
        assertThat(lines.get(1)).anySatisfy(l -> assertThat(l.group()).isEqualTo("Phase time"));
    }
}
