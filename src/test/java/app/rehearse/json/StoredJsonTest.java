package app.rehearse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.json.ObjectReader.Fields;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredJsonTest {
    private static final Fields FIELDS = Fields.open("version", "name");

    private static StoredJson parse(String text) throws UnreadableJsonException {
        return StoredJson.parse(text.getBytes(StandardCharsets.UTF_8), "data/settings.json");
    }

    private static int version(String text) throws UnreadableJsonException {
        StoredJson file = parse(text);
        return StoredJson.version(new ObjectReader(file.root(), "", file.problems(), FIELDS), 2);
    }

    @Test
    void aSupportedVersionIsReturned() throws Exception {
        assertThat(version("{\"version\": 1}")).isEqualTo(1);
        assertThat(version("{\"version\": 2}")).isEqualTo(2);
    }

    @Test
    void aNewerVersionSaysSoAndWhere() {
        assertThatThrownBy(() -> version("{\n  \"version\": 9\n}"))
                .isInstanceOfSatisfying(UnreadableJsonException.class, e -> assertThat(e.newerVersion()).isTrue())
                .hasMessage("data/settings.json:2:14: written by a newer Rehearse (version 9); this version reads up to 2"
                        + " (at /version)");
    }

    @Test
    void aMissingOrWrongVersionIsDamage() {
        for (String text : new String[] {"{}", "{\"version\": 0}", "{\"version\": \"1\"}", "[1]"}) {
            assertThatThrownBy(() -> version(text)).as(text)
                    .isInstanceOfSatisfying(UnreadableJsonException.class, e -> assertThat(e.newerVersion()).isFalse())
                    .hasMessageStartingWith("data/settings.json:1:");
        }
    }

    @Test
    void brokenSyntaxNamesItsPlace() {
        assertThatThrownBy(() -> parse("{\"version\": 1,\n  \"name\": }"))
                .isInstanceOf(UnreadableJsonException.class).hasMessageStartingWith("data/settings.json:2:11: invalid JSON");
    }

    @Test
    void fieldsAFileRehearseWroteMayGainAreIgnoredWhileAPersonsTyposAreReported() throws Exception {
        StoredJson file = parse("{\"version\": 1, \"name\": \"a\", \"addedLater\": true}");
        new ObjectReader(file.root(), "", file.problems(), FIELDS);
        StoredJson.check(file.problems());

        new ObjectReader(file.root(), "", file.problems(), Fields.of("version", "name"));
        assertThatThrownBy(() -> StoredJson.check(file.problems())).hasMessageContaining("unknown field \"addedLater\"");
    }

    @Test
    void everyProblemIsCountedInTheMessage() throws Exception {
        StoredJson file = parse("{\"version\": 1, \"name\": 3, \"other\": 4}");
        ObjectReader reader = new ObjectReader(file.root(), "", file.problems(), Fields.of("version", "name"));
        reader.string("name", true);

        assertThatThrownBy(() -> StoredJson.check(file.problems()))
                .hasMessageEndingWith("(and 1 more problems)");
    }

    @Test
    void aProblemInAPartReadLaterStartsFromAnEmptyCollector() throws Exception {
        StoredJson file = parse("{\"version\": 1, \"name\": 3}");
        new ObjectReader(file.root(), "", file.problems(), FIELDS).string("name", true);

        ProblemCollector later = file.newProblems();
        assertThat(later.isEmpty()).isTrue();
        assertThat(later.source()).isEqualTo("data/settings.json");
    }
}
