package app.rehearse.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimerFormatTest {

    @Test
    void theTimeLeftIsSaidInWords() {
        assertThat(TimerFormat.spoken(300_000)).isEqualTo("5 minutes");
        assertThat(TimerFormat.spoken(90_000)).isEqualTo("1 minute 30 seconds");
        assertThat(TimerFormat.spoken(299_400)).as("just after a phase began").isEqualTo("5 minutes");
        assertThat(TimerFormat.spoken(1_000)).isEqualTo("1 second");
        assertThat(TimerFormat.spoken(0)).isEqualTo("0 seconds");
        assertThat(TimerFormat.spoken(-120_000)).isEqualTo("2 minutes over");
    }
}
