package app.rehearse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {
    private static final ObjectReader.Fields FIELDS = ObjectReader.Fields.of("name", "count", "tags", "mode");

    private final ProblemCollector problems = new ProblemCollector("f.json");

    private ObjectReader reader(String json) throws JsonSyntaxException {
        return new ObjectReader(new LocatedJsonParser().parse(json.getBytes(StandardCharsets.UTF_8)), "/thing", problems, FIELDS);
    }

    private List<String> lines() {
        return problems.problems().stream().map(Problem::format).toList();
    }

    @Test
    void readsEveryKindOfField() throws JsonSyntaxException {
        Map<String, Integer> modes = new LinkedHashMap<>();
        modes.put("fast", 1);
        modes.put("slow", 2);
        ObjectReader r = reader("{\"name\": \"n\", \"count\": 3, \"tags\": [\"a\", \"b\"], \"mode\": \"slow\"}");

        assertThat(r.string("name", true)).isEqualTo("n");
        assertThat(r.integer("count", true)).isEqualTo(3);
        assertThat(r.strings("tags", true)).containsExactly("a", "b");
        assertThat(r.choice("mode", true, modes)).isEqualTo(2);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsEveryProblemAndKeepsGoing() throws JsonSyntaxException {
        ObjectReader r = reader("{\"nmae\": \"n\", \"count\": 3000000000, \"tags\": [\"a\", 2]}");

        assertThat(r.string("name", true)).isNull();
        assertThat(r.integer("count", true)).isNull();
        assertThat(r.strings("tags", true)).containsExactly("a");
        assertThat(r.string("mode", false)).isNull();
        assertThat(lines()).containsExactly(
                "f.json:1:2: unknown field \"nmae\" (did you mean \"name\"?) (at /thing/nmae)",
                "f.json:1:1: missing required field \"name\" (at /thing)",
                "f.json:1:24: \"count\" is too large (at /thing/count)",
                "f.json:1:50: expected a string but found an integer (at /thing/tags/1)");
    }

    @Test
    void aValueThatIsNotAnObjectIsOneProblem() throws JsonSyntaxException {
        ObjectReader r = reader("[1]");

        assertThat(r.isObject()).isFalse();
        assertThat(r.string("name", true)).isNull();
        assertThat(lines()).containsExactly("f.json:1:1: expected an object but found an array (at /thing)");
    }

    @Test
    void childPointersEscapeSlashAndTilde() throws JsonSyntaxException {
        assertThat(reader("{}").child("a/b~c")).isEqualTo("/thing/a~1b~0c");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(ObjectReader.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(ObjectReader.editDistance("", "abc")).isEqualTo(3);
        assertThat(ObjectReader.editDistance("tpye", "type")).isEqualTo(2);
        assertThat(ObjectReader.editDistance("same", "same")).isZero();
    }

    @Test
    void aProblemWithoutAPointerOmitsTheAtPart() {
        assertThat(new Problem("f.json", new Location(3, 4), "", "broken").format()).isEqualTo("f.json:3:4: broken");
        assertThat(new Problem("f.json", new Location(3, 4), "/x", "broken").format()).isEqualTo("f.json:3:4: broken (at /x)");
    }
}
