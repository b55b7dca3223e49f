package app.rehearse.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.stories.StarTiming.Part;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakingTimerTest {
    private long now = 1_000_000;
    private final SpeakingTimer timer = new SpeakingTimer(() -> now);

    @Test
    void theAnswerStartsWithTheFirstMarkAndEachPartRunsToTheNext() {
        assertThat(timer.answer()).isEmpty();
        assertThat(timer.elapsed()).isZero();

        timer.mark(Part.SITUATION);
        now += 20_000;
        timer.mark(Part.TASK);
        now += 20_000;
        timer.mark(Part.ACTION);
        now += 90_000;
        timer.mark(Part.RESULT);
        now += 30_000;
        assertThat(timer.current()).contains(Part.RESULT);
        timer.stop();
        now += 60_000;

        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.elapsed()).as("stopped, the clock no longer runs").isEqualTo(160_000);
        StarTiming timing = timer.answer().orElseThrow().timing();
        assertThat(timing.parts()).containsEntry(Part.ACTION, Duration.ofSeconds(90));
        assertThat(timing.flags()).isEmpty();
    }

    @Test
    void aSpokenAnswerSurvivesTheSessionRecordAndADamagedOneIsNamed() throws Exception {
        SpokenAnswer answer = new SpokenAnswer(Map.of(Part.SITUATION, 0L, Part.ACTION, 30_000L), 120_000);
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = json.createObjectNode();
        record.set(SpokenAnswer.FIELD, answer.toJson());

        assertThat(read(json.writeValueAsBytes(record))).contains(answer);
        assertThat(read("{}".getBytes())).isEmpty();

        ((ObjectNode) record.get(SpokenAnswer.FIELD).get("marks")).put("task", -5);
        assertThatThrownBy(() -> read(json.writeValueAsBytes(record))).isInstanceOf(UnreadableJsonException.class)
                .hasMessageContaining("session.json:1:").hasMessageContaining("(at /spokenAnswer/marks/task)");
    }

    private static Optional<SpokenAnswer> read(byte[] record) throws UnreadableJsonException {
        StoredJson file = StoredJson.parse(record, "session.json");
        return SpokenAnswer.fromJson(((JsonObject) file.root()).get(SpokenAnswer.FIELD), file.problems());
    }
}
