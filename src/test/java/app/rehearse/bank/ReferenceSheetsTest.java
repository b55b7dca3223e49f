package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.rehearse.json.UnreadableJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceSheetsTest {
    @Test
    void aSheetWithAProblemIsNotReadAtAllAndSaysWhere() {
        String broken = """
                {"schemaVersion": 1, "sections": [
                  {"id": "latency", "title": "Latency", "note": "n", "rows": [
                    {"item": "RAM", "value": "", "assumes": "one access"},
                    {"item": "SSD", "value": "100 us", "asumes": "4 KB"}]}]}
                """;

        UnreadableJsonException e = catchThrowableOfType(UnreadableJsonException.class,
                () -> ReferenceSheets.numbers(broken.getBytes(StandardCharsets.UTF_8), "numbers.json"));

        assertThat(e.getMessage()).startsWith("numbers.json:3:30: \"value\" must not be empty (at /sections/0/rows/0/value)");
        assertThat(e.problems()).anyMatch(p -> p.location().line() == 4 && p.message().contains("\"asumes\""));
    }

    @Test
    void aConceptLeadsFromTheTagsOfTheQuestionsThatExerciseIt() throws Exception {
        String json = """
                {"schemaVersion": 1, "concepts": [
                  {"id": "quorum", "term": "Quorum", "explanation": "R + W > N.", "whenToUse": "Replicated stores.",
                   "costs": "Latency of the slowest in the quorum.", "tags": ["replication"]}]}
                """;
        Glossary glossary = ReferenceSheets.glossary(json.getBytes(StandardCharsets.UTF_8), "concepts.json");

        assertThat(glossary.forTag("replication")).map(Glossary.Concept::term).hasValue("Quorum");
        assertThat(glossary.forTag("caching")).isEmpty();
        assertThatThrownBy(() -> ReferenceSheets.glossary(json.replace("\"replication\"", "").getBytes(StandardCharsets.UTF_8),
                "concepts.json")).hasMessageContaining("a concept needs at least one tag");
    }
}
