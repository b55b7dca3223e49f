package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.stories.StarTiming.Part;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StarTimingTest {
    @Test
    void aThreeMinuteAnswerWithFortySecondsOfActionIsToldSo() {
        StarTiming timing = StarTiming.of(Map.of(Part.SITUATION, 0L, Part.TASK, 60_000L, Part.ACTION, 110_000L,
                Part.RESULT, 150_000L), 180_000);

        assertThat(timing.total()).isEqualTo(Duration.ofMinutes(3));
        assertThat(timing.parts().get(Part.ACTION)).isEqualTo(Duration.ofSeconds(40));
        assertThat(timing.flags()).containsExactly("Action took 22% of the answer (0:40); aim for at least 50%.",
                "Situation and Task took 61%; keep the set-up under 30%.");
    }

    @Test
    void aWellShapedAnswerHasNoFlag() {
        StarTiming timing = StarTiming.of(Map.of(Part.SITUATION, 0L, Part.TASK, 20_000L, Part.ACTION, 40_000L,
                Part.RESULT, 130_000L), 160_000);

        assertThat(timing.flags()).isEmpty();
        assertThat(StarTiming.clock(timing.total())).isEqualTo("2:40");
    }

    @Test
    void tooShortTooLongAndUnmarkedPartsAreFlagged() {
        assertThat(StarTiming.of(Map.of(Part.SITUATION, 0L, Part.ACTION, 10_000L), 70_000).flags())
                .contains("Too short: 1:10 against 2:00–3:00; a senior story needs room for what you did.",
                        "Task was not marked.", "Result was not marked.");
        assertThat(StarTiming.of(Map.of(Part.SITUATION, 0L, Part.TASK, 10_000L, Part.ACTION, 20_000L,
                Part.RESULT, 200_000L), 240_000).flags()).first().asString().startsWith("Too long: 4:00");
    }

    @Test
    void aPartMarkedOutOfOrderEndsAtTheEndRatherThanGoingNegative() {
        StarTiming timing = StarTiming.of(Map.of(Part.SITUATION, 0L, Part.TASK, 90_000L, Part.ACTION, 30_000L), 150_000);

        assertThat(timing.parts().values()).allSatisfy(d -> assertThat(d.isNegative()).isFalse());
    }
}
