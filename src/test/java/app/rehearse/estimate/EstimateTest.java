package app.rehearse.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimateTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {
        // 2e9 / (30 × 86,400 s) = 771.6 per second
        "2e9 pages/month in /s = 771.6 pages/s",
        "1M requests/day in /s = 11.57 requests/s",
        "100M users * 2 KB/user in GB = 200 GB",
        "500M users * 2 KB per user = 1 TB",
        "100M users * 2 KB = 200 GB users",
        "3 TB/day in MB/s = 34.72 MB/s",
        "1 year in s = 31,536,000 s",
        "90 min + 30 min in h = 2 h",
        "10 Gbps in MB/s = 1,250 MB/s",
        "1 GiB in MB = 1,074 MB",
        "2^10 = 1,024",
        "(3 + 4) * 2 = 14",
        "1.5bn users / 7 = 214,300,000 users",
        "4 TB / (100 MB/s) = 11.11 h",
        "10,000 req/s * 1 day = 864,000,000 reqs",
        "25M players / 30 s = 833,300 players/s",
    })
    void worksOutAnEstimateWithItsUnits(String line, String answer) throws Exception {
        assertThat(Estimate.evaluate(line)).isEqualTo(answer.strip());
    }

    @Test
    void sayingWhereAndWhyALineCannotBeWorkedOut() {
        assertThatThrownBy(() -> Estimate.evaluate("2e9 pages/month / 30 days in /s"))
                .isInstanceOf(EstimateException.class)
                .hasMessageStartingWith("col 30: the answer is pages per time^2, which cannot be shown in /s");
        assertThatThrownBy(() -> Estimate.evaluate("3 GB + 2 s")).hasMessage("col 6: cannot add time to data");
        assertThatThrownBy(() -> Estimate.evaluate("(2 + 3")).hasMessage("col 7: a \"(\" is not closed");
        assertThatThrownBy(() -> Estimate.evaluate("4 $")).hasMessage("col 3: unexpected \"$\"");
        assertThatThrownBy(() -> Estimate.evaluate("2 ^ 1.5")).hasMessage("col 4: a power must be a whole number, as in 2^10");
        assertThatThrownBy(() -> Estimate.evaluate("  ")).hasMessageStartingWith("col 1: write an estimate");
        assertThatThrownBy(() -> Estimate.evaluate("5 GB in")).hasMessage("col 8: say which units to show it in after \"in\"");
        assertThatThrownBy(() -> Estimate.evaluate("5 * ")).hasMessage("col 4: the estimate ends too soon");
    }

    @Test
    void aColumnPointsAtTheProblemForTheEditorToMark() {
        try {
            Estimate.evaluate("12 GB + 4 users");
        } catch (EstimateException e) {
            assertThat(e.column()).isEqualTo(7);
            return;
        }
        throw new AssertionError("expected a failure");
    }
}
