package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

    @ParameterizedTest
    @CsvSource({"0, AGAIN", "49, AGAIN", "50, HARD", "64, HARD", "65, GOOD", "84, GOOD", "85, EASY", "100, EASY"})
    void aScoreFallsInItsBand(int percent, Rating expected) {
        assertThat(Rating.fromScore(percent)).isEqualTo(expected);
    }

    @Test
    void theChecklistLevelsOfADimensionMapOntoDistinctRatingsFromMentionedUp() {
        // 0..3 points as percentages: 0, 33, 67, 100
        assertThat(Rating.fromScore(0)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(33)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(67)).isEqualTo(Rating.GOOD);
        assertThat(Rating.fromScore(100)).isEqualTo(Rating.EASY);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE})
    void aScoreOutsideZeroToAHundredIsRefused(int percent) {
        assertThatThrownBy(() -> Rating.fromScore(percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUngradedSessionIsAWeakPass() {
        assertThat(Rating.UNGRADED).isEqualTo(Rating.HARD);
        assertThat(Rating.UNGRADED.recalled()).isTrue();
    }

    @Test
    void gradesAreFsrssOneToFour() {
        for (Rating r : Rating.values()) {
            assertThat(Rating.ofGrade(r.grade())).isEqualTo(r);
        }
        assertThat(Rating.AGAIN.grade()).isEqualTo(1);
        assertThat(Rating.EASY.grade()).isEqualTo(4);
        assertThat(Rating.AGAIN.recalled()).isFalse();
        assertThatThrownBy(() -> Rating.ofGrade(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.ofGrade(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
