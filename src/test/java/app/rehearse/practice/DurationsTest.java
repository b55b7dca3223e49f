package app.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void writesElapsedTimeAsMinutesAndSecondsThenHours() {
        assertThat(Durations.clock(0)).isEqualTo("0:00");
        assertThat(Durations.clock(59_999)).isEqualTo("0:59");
        assertThat(Durations.clock(605_000)).isEqualTo("10:05");
        assertThat(Durations.clock(3_600_000 + 65_000)).isEqualTo("1:01:05");
        assertThat(Durations.clock(-5_000)).isEqualTo("0:00");
    }

    @Test
    void aCountdownRoundsUpAndShowsOvertimeWithAPlus() {
        assertThat(Durations.countdown(300_000)).isEqualTo("5:00");
        assertThat(Durations.countdown(299_001)).isEqualTo("5:00");
        assertThat(Durations.countdown(1)).isEqualTo("0:01");
        assertThat(Durations.countdown(0)).isEqualTo("0:00");
        assertThat(Durations.countdown(-61_500)).isEqualTo("+1:01");
    }
}
