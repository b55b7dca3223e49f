package app.rehearse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.json.JsonValue.JsonArray;
import app.rehearse.json.JsonValue.JsonNumber;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.LocatedJsonParser.DuplicateKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedJsonParserTest {
    private static JsonValue parse(String text) throws JsonSyntaxException {
        return new LocatedJsonParser().parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyValueKnowsWhereItStarts() throws JsonSyntaxException {
        JsonValue root = parse("{\n  \"a\": [1,\n    \"two\"],\n  \"b\": {\"c\": null}\n}");

        assertThat(root.location()).isEqualTo(new Location(1, 1));
        assertThat(root.at("/a").orElseThrow().location()).isEqualTo(new Location(2, 8));
        assertThat(root.at("/a/1").orElseThrow().location()).isEqualTo(new Location(3, 5));
        assertThat(root.at("/b/c").orElseThrow().location()).isEqualTo(new Location(4, 14));
        assertThat(((JsonObject) root).member("b").orElseThrow().keyLocation()).isEqualTo(new Location(4, 3));
    }

    @Test
    void pointersFollowRfc6901Escapes() throws JsonSyntaxException {
        JsonValue root = parse("{\"a/b\": {\"m~n\": [\"x\", \"y\"]}}");

        assertThat(root.at("/a~1b/m~0n/1")).map(v -> ((JsonString) v).value()).hasValue("y");
        assertThat(root.at("")).hasValue(root);
        assertThat(root.at("/a~1b/m~0n/2")).isEmpty();
        assertThat(root.at("/a~1b/m~0n/-1")).isEmpty();
        assertThat(root.at("/missing/deeper")).isEmpty();
    }

    @Test
    void numbersKeepTheirExactValue() throws JsonSyntaxException {
        JsonValue root = parse("[45, 45.0, 45.5, 1e2, 12345678901234567890]");
        JsonArray items = (JsonArray) root;

        assertThat(items.items()).extracting(v -> ((JsonNumber) v).isInteger()).containsExactly(true, true, false, true, true);
        assertThat(((JsonNumber) items.items().get(4)).value()).isEqualTo(new BigDecimal("12345678901234567890"));
        assertThat(items.items().get(2).kindName()).isEqualTo("a number");
        assertThat(items.items().get(0).kindName()).isEqualTo("an integer");
    }

    @Test
    void duplicateKeysAreReportedWithTheirPointerAndTheFirstValueIsKept() throws JsonSyntaxException {
        LocatedJsonParser parser = new LocatedJsonParser();
        JsonValue root = parser.parse("{\"list\": [{\"k\": 1, \"k\": 2}], \"a/b\": 1, \"a/b\": 2}".getBytes(StandardCharsets.UTF_8));

        assertThat(parser.duplicateKeys()).containsExactly(
                new DuplicateKey("k", new Location(1, 20), "/list/0/k"),
                new DuplicateKey("a/b", new Location(1, 40), "/a~1b"));
        assertThat(root.at("/list/0/k")).map(v -> ((JsonNumber) v).value()).hasValue(BigDecimal.ONE);
    }

    @Test
    void eachParseStartsWithNoDuplicates() throws JsonSyntaxException {
        LocatedJsonParser parser = new LocatedJsonParser();
        parser.parse("{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8));

        parser.parse("{\"a\": 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(parser.duplicateKeys()).isEmpty();
    }

    @Test
    void capsAreConfigurable() {
        LocatedJsonParser strict = new LocatedJsonParser(new LocatedJsonParser.Limits(3, 10));

        assertThatThrownBy(() -> strict.parse("[[[[1]]]]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonSyntaxException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> strict.parse("[\"01234567890\"]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonSyntaxException.class).hasMessageContaining("String value length")
                .extracting(e -> ((JsonSyntaxException) e).location()).isEqualTo(new Location(1, 2));
    }

    @Test
    void invalidUtf8IsASyntaxErrorWithALocation() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};

        assertThatThrownBy(() -> new LocatedJsonParser().parse(bytes)).isInstanceOf(JsonSyntaxException.class)
                .hasMessageStartingWith("invalid JSON: Invalid UTF-8")
                .extracting(e -> ((JsonSyntaxException) e).location().line()).isEqualTo(1);
    }

    @Test
    void aListenerHearsOfEachItemOfTheRootsArraysAsItIsRead() throws JsonSyntaxException {
        String json = "{\"questions\": [{\"id\": \"a\", \"tags\": [\"x\"]}, {\"id\": \"b\"}], \"n\": 1,\n"
                + " \"nested\": {\"list\": [1, 2]}, \"other\": [true]}";
        List<String> heard = new ArrayList<>();
        List<JsonValue> items = new ArrayList<>();

        JsonObject root = (JsonObject) new LocatedJsonParser().parse(json.getBytes(StandardCharsets.UTF_8),
                (member, index, item) -> {
                    heard.add(member + "/" + index + " at " + item.location());
                    items.add(item);
                });

        assertThat(heard).containsExactly("questions/0 at 1:16", "questions/1 at 1:44", "other/0 at 2:40");
        JsonArray questions = (JsonArray) root.get("questions").orElseThrow();
        assertThat(items.get(0)).isSameAs(questions.items().get(0));
        assertThat(items.get(1)).isSameAs(questions.items().get(1));
    }
}
