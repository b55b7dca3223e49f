package app.rehearse.grading;

import static app.rehearse.grading.Fixtures.NOON;
import static app.rehearse.grading.Fixtures.behavioral;
import static app.rehearse.grading.Fixtures.criterion;
import static app.rehearse.grading.Fixtures.dimensions;
import static app.rehearse.grading.Fixtures.systemDesign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeHistoryJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scorecard design = Fixtures.blank(systemDesign(List.of("b"), List.of(criterion("x", 2), criterion("y", 1))),
            dimensions("a", "b"))
            .withChecklistLevel("b", Optional.of(ChecklistLevel.REASONED_WITH_TRIGGER))
            .withChecklistNote("b", "named the hot path")
            .withRubricLevel(0, Optional.of(RubricLevel.SOLID))
            .withNotes("Draw the data flow first.\nThen the API.");
    private final Scorecard story = GradingPlan.forQuestion(behavioral(List.of()), dimensions("autonomy-vs-alignment"))
            .blankScorecard(1, 75, NOON.plusSeconds(3_600))
            .withStar(StarElement.SITUATION, true).withStar(StarElement.ACTION, true)
            .withWithinTarget(Optional.of(false)).withLevel(Level.STAFF).withRescueUsed(true);

    @Test
    void aHistoryOfSeveralGradesSurvivesTheRoundTripThroughBytes() throws Exception {
        GradeHistory history = GradeHistory.empty().append(design).append(story);

        byte[] bytes = JSON.writeValueAsBytes(GradeHistoryJson.toJson(history));
        GradeHistory back = GradesJson.read(JSON.readTree(bytes));

        assertThat(back).isEqualTo(history);
        assertThat(back.current()).contains(story);
        assertThat(back.current().orElseThrow().level()).as("the bar it was graded against").contains(Level.STAFF);
        assertThat(back.current().orElseThrow().rescueUsed()).isTrue();
        assertThat(back.scorecards().get(0).level()).as("a new grade starts at the question's level").isPresent();
    }

    @Test
    void writesAVersionAndReadableFields() {
        ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(story));

        assertThat(json.get("version").intValue()).isEqualTo(GradeHistoryJson.VERSION);
        JsonNode card = json.get("scorecards").get(0);
        assertThat(card.get("gradedAt").textValue()).isEqualTo("2025-01-31T13:00:00Z");
        assertThat(card.get("questionType").textValue()).isEqualTo("behavioral");
        assertThat(card.get("star").toString()).isEqualTo("[\"situation\",\"action\"]");
        assertThat(card.get("withinTarget").booleanValue()).isFalse();
        assertThat(card.get("checklist").get(0).has("level")).isFalse();
        assertThat(card.get("overtimeSeconds").longValue()).isEqualTo(75);
    }

    @Test
    void nonBehavioralCardsWriteNoStarOrTiming() {
        JsonNode card = GradeHistoryJson.toJson(GradeHistory.empty().append(design)).get("scorecards").get(0);

        assertThat(card.has("star")).isFalse();
        assertThat(card.has("withinTarget")).isFalse();
        assertThat(card.get("rubric").toString()).isEqualTo("[{\"weight\":2,\"level\":2},{\"weight\":1}]");
    }

    @Test
    void aMissingOrNullGradesFieldMeansNotGraded() throws Exception {
        assertThat(GradesJson.read((JsonNode) null)).isEqualTo(GradeHistory.empty());
        assertThat(GradesJson.read(NullNode.getInstance()).isGraded()).isFalse();
        assertThat(GradesJson.read(JSON.createObjectNode().path("grades")).current()).isEmpty();
    }

    @Test
    void anEmptyHistoryRoundTrips() throws Exception {
        assertThat(GradesJson.read(GradeHistoryJson.toJson(GradeHistory.empty()))).isEqualTo(GradeHistory.empty());
    }

    @Test
    void aNewerVersionIsRejectedWithAClearMessage() {
        ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(design)).put("version", 2);

        assertThatThrownBy(() -> GradesJson.read(json))
                .isInstanceOfSatisfying(GradingFormatException.class, e -> assertThat(e.newerVersion()).isTrue())
                .hasMessageContaining("newer Rehearse (version 2)").hasMessageContaining("Update Rehearse");
    }

    @Test
    void damagedGradesNameTheFieldAndWhere() {
        ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(design));
        ((ObjectNode) json.get("scorecards").get(0).get("rubric").get(1)).put("level", 7);

        assertThatThrownBy(() -> GradesJson.read(json))
                .isInstanceOfSatisfying(GradingFormatException.class, e -> assertThat(e.newerVersion()).isFalse())
                .hasMessageMatching("the grades are damaged: session\\.json:\\d+:\\d+: level must be from 0 to 3 \\(found 7\\)"
                        + " \\(at /grades/scorecards/0/rubric/1/level\\)");
    }

    @Test
    void aProblemNamesTheLineAndColumnOfTheSessionRecord() {
        String record = """
                {"id": "s1",
                 "grades": {"version": 1, "scorecards": [
                   {"gradedAt": "noon", "questionType": "behavioral", "checklist": [], "rubric": [],
                    "notes": "", "hintsUsed": 0, "hintsAvailable": 0, "overtimeSeconds": 0}]}}
                """;

        assertThatThrownBy(() -> GradesJson.read(record.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageStartingWith("the grades are damaged: session.json:3:17: \"gradedAt\" must be a time");
    }

    @Test
    void everyKindOfDamageIsReportedRatherThanThrownAsSomethingElse() {
        List<java.util.function.Consumer<ObjectNode>> damage = List.of(
                j -> j.remove("version"),
                j -> j.put("version", 0),
                j -> j.put("scorecards", "none"),
                j -> ((ArrayNode) j.get("scorecards")).add(3),
                j -> card(j).put("gradedAt", "yesterday"),
                j -> card(j).put("questionType", "quiz"),
                j -> card(j).remove("hintsUsed"),
                j -> card(j).put("hintsUsed", -1),
                j -> card(j).put("overtimeSeconds", "long"),
                j -> ((ObjectNode) card(j).get("checklist").get(0)).put("stressed", "yes"),
                j -> ((ObjectNode) card(j).get("checklist").get(0)).put("level", 4),
                j -> ((ArrayNode) card(j).get("checklist")).add(card(j).get("checklist").get(0).deepCopy()),
                j -> ((ObjectNode) card(j).get("rubric").get(0)).put("weight", 0),
                j -> card(j).putArray("star").add("situation"),
                j -> card(j).put("withinTarget", true));
        for (var d : damage) {
            ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(design));
            d.accept(json);
            assertThatThrownBy(() -> GradesJson.read(json)).as(json.toString())
                    .isInstanceOf(GradingFormatException.class).hasMessageStartingWith("the grades are damaged: ");
        }
    }

    @Test
    void aBehavioralStarElementThatIsNotKnownIsReported() {
        ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(story));
        ((ArrayNode) card(json).get("star")).add("moral");

        assertThatThrownBy(() -> GradesJson.read(json)).hasMessageContaining("unknown STAR element \"moral\"")
                .hasMessageContaining("(at /grades/scorecards/0/star/2)");
    }

    @Test
    void fieldsFromTheSameVersionThatAreNotKnownAreIgnored() throws Exception {
        ObjectNode json = GradeHistoryJson.toJson(GradeHistory.empty().append(design));
        card(json).put("mood", "tired");

        assertThat(GradesJson.read(json).current()).contains(design);
    }

    @Test
    void reGradingAppendsAndTheLatestIsCurrent() {
        GradeHistory once = GradeHistory.empty().append(design);
        Scorecard again = once.current().orElseThrow().withRubricLevel(1, Optional.of(RubricLevel.STRONG))
                .withGradedAt(NOON.plusSeconds(86_400));
        GradeHistory twice = once.append(again);

        assertThat(twice.scorecards()).containsExactly(design, again);
        assertThat(twice.current()).contains(again);
        assertThat(twice.size()).isEqualTo(2);
        assertThat(once.size()).isEqualTo(1);
        assertThat(GradeHistory.empty().current()).isEmpty();
    }

    private static ObjectNode card(ObjectNode json) {
        return (ObjectNode) json.get("scorecards").get(0);
    }
}
