package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.json.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's reference answers and the diagrams they name: every mistake is reported where a person can fix it. */
class ReferenceValidationTest {
    private static final String BOARD = """
            {"version": 1,
             "shapes": [
              {"id": "a", "kind": "stencil", "stencil": "service", "z": 1, "x": 0, "y": 0, "w": 160, "h": 80,
               "label": "API", "stroke": "ink", "fill": "blue", "width": "regular", "pattern": "solid"},
              {"id": "b", "kind": "stencil", "stencil": "database", "z": 2, "x": 300, "y": 0, "w": 120, "h": 100,
               "label": "DB", "stroke": "ink", "fill": "green", "width": "regular", "pattern": "solid"},
              {"id": "e", "kind": "arrow", "z": 3, "points": [160, 40, 300, 50], "stroke": "ink", "fill": "none",
               "width": "regular", "pattern": "solid", "start": {"shape": "a", "ax": 0.5, "ay": 0.5},
               "end": {"shape": "%s", "ax": 0.5, "ay": 0.5}}
             ],
             "log": []}
            """;

    @TempDir
    Path dir;

    private static String withReference(String reference) {
        return PackTexts.packReplacing("\"timeboxMinutes\": 45,", "\"timeboxMinutes\": 45, \"reference\": " + reference + ",");
    }

    private static String board(String arrowEnd) {
        // The log adds every shape at once, so it replays to exactly the saved shapes.
        String shapes = BOARD.formatted(arrowEnd);
        String list = shapes.substring(shapes.indexOf('['), shapes.lastIndexOf(']', shapes.indexOf("\"log\"")) + 1);
        return shapes.replace("\"log\": []", "\"log\": [{\"t\": 0, \"phase\": \"reference\", \"origin\": \"edit\","
                + " \"action\": \"Reference diagram\", \"added\": " + list + "}]");
    }

    private QuestionBank load(String pack) throws IOException {
        Path file = dir.resolve("pack.json");
        Files.writeString(file, pack);
        Files.writeString(dir.resolve("checklist.json"), PackTexts.CHECKLIST);
        return new BankLoader().load(List.of(BankSources.file(dir.resolve("checklist.json"), BankFile.Origin.CUSTOM),
                BankSources.file(file, BankFile.Origin.CUSTOM)));
    }

    private List<String> problems(String pack) throws IOException {
        return load(pack).skipped().stream().flatMap(s -> s.problems().stream()).map(Problem::format)
                .map(line -> line.replace(dir.toString() + "/", "")).toList();
    }

    @Test
    void aReferenceWithItsDiagramLoadsAndTheBoardComesWithTheBank() throws IOException {
        Files.createDirectories(dir.resolve("diagrams"));
        Files.writeString(dir.resolve("diagrams/queue.json"), board("b"));

        QuestionBank bank = load(withReference("""
                {"outline": "## Requirements\\n- at least once", "diagram": "diagrams/queue.json",
                 "levels": {"senior": ["Names the guarantee"], "staff": ["Sequences the migration"]},
                 "pitfalls": ["Promises exactly-once"]}"""));

        assertThat(bank.skipped()).isEmpty();
        Reference reference = bank.question("design-a-queue").orElseThrow().reference().orElseThrow();
        assertThat(reference.signals()).containsExactly("Names the guarantee", "Sequences the migration");
        assertThat(bank.referenceDiagram("design-a-queue")).get().satisfies(b -> assertThat(b.shapes()).hasSize(3));
    }

    @Test
    void aMissingDiagramIsReportedAtItsNameNamingBothFiles() throws IOException {
        assertThat(problems(withReference("{\"outline\": \"x\", \"diagram\": \"diagrams/nope.json\"}")))
                .singleElement().asString().startsWith("pack.json:24:")
                .contains("the reference diagram diagrams/nope.json does not exist")
                .contains("put it beside pack.json")
                .endsWith("(at /questions/0/reference/diagram)");
    }

    @Test
    void aDiagramThatDoesNotParseIsReportedAtItsOwnLineAndColumn() throws IOException {
        Files.createDirectories(dir.resolve("diagrams"));
        Files.writeString(dir.resolve("diagrams/queue.json"), "{\"version\": 1,\n  \"shapes\": [\n    {\"id\": oops}\n]}");

        assertThat(problems(withReference("{\"outline\": \"x\", \"diagram\": \"diagrams/queue.json\"}")))
                .singleElement().asString().startsWith("diagrams/queue.json:3:")
                .contains("the reference diagram of \"design-a-queue\" in pack.json");
    }

    @Test
    void anArrowToAShapeThatIsNotThereIsReported() throws IOException {
        Files.createDirectories(dir.resolve("diagrams"));
        Files.writeString(dir.resolve("diagrams/queue.json"), board("ghost"));

        assertThat(problems(withReference("{\"outline\": \"x\", \"diagram\": \"diagrams/queue.json\"}")))
                .singleElement().asString().startsWith("diagrams/queue.json:").contains("ghost");
    }

    @Test
    void aDiagramOverTheCapIsRefusedAndSaysTheCap() throws IOException {
        Files.createDirectories(dir.resolve("diagrams"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("diagrams/queue.json").toFile(), "rw")) {
            huge.setLength(BankLoader.MAX_DIAGRAM_BYTES + 1);
        }

        assertThat(problems(withReference("{\"outline\": \"x\", \"diagram\": \"diagrams/queue.json\"}")))
                .singleElement().asString().contains("is larger than 2 MiB, the most a reference diagram may be");
    }

    @Test
    void aDiagramNameThatLeavesThePackFolderIsRefusedWithoutReadingIt() throws IOException {
        Files.writeString(dir.getParent().resolve("secret.json"), board("b"));

        assertThat(problems(withReference("{\"outline\": \"x\", \"diagram\": \"../secret.json\"}")))
                .singleElement().asString().contains("\"diagram\" must name a .json file beside the pack")
                .endsWith("(at /questions/0/reference/diagram)");
    }

    @Test
    void eachReferenceFieldIsCheckedLikeTheRestOfThePack() throws IOException {
        assertThat(problems(withReference("{\"outline\": \"  \", \"levels\": {\"senior\": \"one\", \"principal\": []},"
                + " \"pitfals\": []}")))
                .anySatisfy(p -> assertThat(p).contains("unknown field \"pitfals\" (did you mean \"pitfalls\"?)"))
                .anySatisfy(p -> assertThat(p).contains("unknown field \"principal\""))
                .anySatisfy(p -> assertThat(p).contains("(at /questions/0/reference/levels/senior)"));
        assertThat(problems(withReference("{\"outline\": \"  \", \"pitfalls\": [\"\"]}")))
                .anySatisfy(p -> assertThat(p).contains("(at /questions/0/reference/outline)"))
                .anySatisfy(p -> assertThat(p).contains("(at /questions/0/reference/pitfalls/0)"));
        assertThat(problems(withReference("{\"diagram\": \"diagrams/queue.json\"}")))
                .anySatisfy(p -> assertThat(p).contains("\"outline\"").contains("(at /questions/0/reference)"));
    }
}
