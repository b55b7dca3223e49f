package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate INTERVIEW = LocalDate.of(2025, 3, 21);
    private final Deadline deadline = Deadline.on(INTERVIEW);

    @Test
    void withNoDateNothingChanges() {
        assertThat(Deadline.NONE.due(MARCH_1, MARCH_1.plusDays(400), MARCH_1)).isEqualTo(MARCH_1.plusDays(400));
        assertThat(Deadline.NONE.daysLeft(MARCH_1)).isEmpty();
        assertThat(Deadline.NONE.phase(MARCH_1)).isEqualTo(Phase.NO_DATE);
    }

    @Test
    void anItemNaturallyDueAfterTheInterviewIsBroughtHalfwayToIt() {
        // last review 1 March, interview 21 March: 20 days, halfway is 1 March + 10 = 11 March
        LocalDate due = deadline.due(MARCH_1, MARCH_1.plusDays(30), MARCH_1.plusDays(1));
        assertThat(due).isEqualTo(LocalDate.of(2025, 3, 11)).isBefore(INTERVIEW.minusDays(1));
    }

    @Test
    void anItemNaturallyDueOnTheInterviewDayIsBroughtForwardToo() {
        assertThat(deadline.due(MARCH_1, INTERVIEW, MARCH_1)).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void anOddGapRoundsTheMidpointLater() {
        // 21 days from 28 February: ⌈21/2⌉ = 11 -> 11 March
        LocalDate lastReview = MARCH_1.minusDays(1);
        assertThat(deadline.due(lastReview, INTERVIEW.plusDays(5), MARCH_1)).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void anItemDueBeforeTheInterviewKeepsItsDay() {
        assertThat(deadline.due(MARCH_1, INTERVIEW.minusDays(1), MARCH_1)).isEqualTo(INTERVIEW.minusDays(1));
        assertThat(deadline.due(MARCH_1, MARCH_1.plusDays(3), MARCH_1)).isEqualTo(MARCH_1.plusDays(3));
    }

    @Test
    void anItemReviewedInTheFinalStretchIsLeftFresh() {
        LocalDate threeBefore = INTERVIEW.minusDays(Deadline.FINAL_STRETCH_DAYS);
        assertThat(deadline.due(threeBefore, INTERVIEW.plusDays(40), threeBefore)).isEqualTo(INTERVIEW.plusDays(40));
        // four days before is still outside it: 21 March - 17 March = 4, ⌈4/2⌉ = 2 -> 19 March
        LocalDate fourBefore = INTERVIEW.minusDays(4);
        assertThat(deadline.due(fourBefore, INTERVIEW.plusDays(40), fourBefore)).isEqualTo(INTERVIEW.minusDays(2));
    }

    @Test
    void aMidpointAlreadyBehindTodayMakesTheItemOverdueNow() {
        // last review 1 January, interview 21 March: 31 + 28 + 20 = 79 days, ⌈79/2⌉ = 40 -> 10 February;
        // today is 15 March
        LocalDate lastReview = LocalDate.of(2025, 1, 1);
        LocalDate due = deadline.due(lastReview, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 3, 15));
        assertThat(due).isEqualTo(LocalDate.of(2025, 2, 10)).isBefore(LocalDate.of(2025, 3, 15));
    }

    @Test
    void onTheDayOrOnceItHasPassedThePlanIsPlainFsrsAgain() {
        LocalDate natural = INTERVIEW.plusDays(30);
        assertThat(deadline.due(MARCH_1, natural, INTERVIEW)).isEqualTo(natural);
        assertThat(deadline.due(MARCH_1, natural, INTERVIEW.plusDays(1))).isEqualTo(natural);
        assertThat(deadline.due(MARCH_1, natural, INTERVIEW.plusDays(365))).isEqualTo(natural);
    }

    @ParameterizedTest
    @CsvSource({"30, PREPARING", "4, PREPARING", "3, FINAL_DAYS", "1, FINAL_DAYS", "0, INTERVIEW_DAY",
            "-1, PASSED", "-100, PASSED"})
    void thePhaseFollowsTheDaysLeft(int daysLeft, Phase phase) {
        LocalDate today = INTERVIEW.minusDays(daysLeft);
        assertThat(deadline.daysLeft(today)).hasValue(daysLeft);
        assertThat(deadline.phase(today)).isEqualTo(phase);
    }
}
