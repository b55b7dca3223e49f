package app.rehearse.grading;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Level;
import app.rehearse.bank.RubricCriterion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RubricBarTest {
    private static final RubricCriterion CACHING = new RubricCriterion("Invalidation", "Deletes after commit.",
            "Updates both and hopes.", 2, Optional.of("Deletes after commit, misses the slow reader."),
            Optional.of("Asks the database team for change data capture."));

    @Test
    void upToSeniorThePointsReadAsWeakSolidAndStrong() {
        RubricBar bar = RubricBar.of(CACHING, Level.SENIOR);

        assertThat(bar.raised()).isFalse();
        assertThat(bar.one()).isEqualTo("Weak: Updates both and hopes.");
        assertThat(bar.two()).isEqualTo("Solid: Deletes after commit, misses the slow reader.");
        assertThat(bar.three()).isEqualTo("Strong: Deletes after commit.");
        assertThat(RubricBar.of(CACHING, Level.MID)).isEqualTo(bar);
    }

    @Test
    void atStaffTheSeniorStrongEarnsTwoAndThreeNeedsWhatStaffAdds() {
        RubricBar bar = RubricBar.of(CACHING, Level.STAFF);

        assertThat(bar.raised()).isTrue();
        assertThat(bar.one()).isEqualTo("At most solid: Deletes after commit, misses the slow reader.");
        assertThat(bar.two()).isEqualTo("Strong at senior level: Deletes after commit.");
        assertThat(bar.three()).isEqualTo("Staff: Deletes after commit. And asks the database team for change data capture.");
        assertThat(RubricBar.of(CACHING, Level.PRINCIPAL)).isEqualTo(bar);
    }

    @Test
    void aCriterionWithoutAStaffBarIsTheSameAtEveryLevel() {
        RubricCriterion plain = new RubricCriterion("Scope", "Asks about scale.", "Jumps to boxes.", 1);

        assertThat(RubricBar.of(plain, Level.STAFF)).isEqualTo(RubricBar.of(plain, Level.SENIOR));
        assertThat(RubricBar.of(plain, Level.SENIOR).two()).isEqualTo("Solid: " + RubricBar.SOLID_UNWRITTEN);
    }
}
