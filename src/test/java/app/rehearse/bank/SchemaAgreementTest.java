package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema (what editors check while a user types) and the loader (what the app
 * accepts) say the same thing. Rules JSON Schema cannot express are kept apart in samples/loader-only.
 */
class SchemaAgreementTest {
    private static final Path BANK = Path.of("question-bank");
    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema PACK_SCHEMA = schema("question-pack.schema.json");
    private static final JsonSchema CHECKLIST_SCHEMA = schema("checklist.schema.json");

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedPacks")
    void everyShippedPackMatchesThePackSchema(Path pack) throws IOException {
        assertThat(schemaErrors(PACK_SCHEMA, pack)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedChecklists")
    void everyShippedChecklistMatchesTheChecklistSchema(Path checklist) throws IOException {
        assertThat(schemaErrors(CHECKLIST_SCHEMA, checklist)).isEmpty();
    }

    @Test
    void thereAreEnoughSamplesOfBothKinds() throws IOException {
        assertThat(samples("valid")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(samples("invalid")).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void theSchemaAndTheLoaderBothAccept(Path sample) throws IOException {
        assertThat(schemaErrors(PACK_SCHEMA, sample)).as("schema").isEmpty();
        assertThat(loaderProblems(sample)).as("loader").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void theSchemaAndTheLoaderBothReject(Path sample) throws IOException {
        assertThat(schemaErrors(PACK_SCHEMA, sample)).as("schema").isNotEmpty();
        assertThat(loaderProblems(sample)).as("loader").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaderOnlySamples")
    void rulesBeyondTheSchemaAreTheLoadersAlone(Path sample) throws IOException {
        assertThat(schemaErrors(PACK_SCHEMA, sample)).as("schema").isEmpty();
        assertThat(loaderProblems(sample)).as("loader").isNotEmpty();
    }

    static Stream<Path> shippedPacks() throws IOException {
        return BankSources.jsonFiles(BANK).stream()
                .filter(p -> !p.startsWith(BANK.resolve("schema")) && !p.startsWith(BANK.resolve("checklists")));
    }

    static Stream<Path> shippedChecklists() throws IOException {
        return BankSources.jsonFiles(BANK.resolve("checklists")).stream();
    }

    static Stream<Path> validSamples() throws IOException {
        return samples("valid").stream();
    }

    static Stream<Path> invalidSamples() throws IOException {
        return samples("invalid").stream();
    }

    static Stream<Path> loaderOnlySamples() throws IOException {
        return samples("loader-only").stream();
    }

    private static List<Path> samples(String kind) throws IOException {
        return BankSources.jsonFiles(SAMPLES.resolve(kind));
    }

    private static Set<String> schemaErrors(JsonSchema schema, Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Loads the sample beside the shipped checklists, as `rehearse validate` does. */
    private static List<String> loaderProblems(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<BankFile> files = new ArrayList<>();
        for (Path checklist : BankSources.jsonFiles(BANK.resolve("checklists"))) {
            byte[] checklistBytes = Files.readAllBytes(checklist);
            files.add(new BankFile(checklist.toString(), BankFile.Origin.SHIPPED, () -> checklistBytes));
        }
        files.add(new BankFile(file.toString(), BankFile.Origin.CUSTOM, () -> bytes));
        QuestionBank bank = new BankLoader().load(files);
        List<String> problems = bank.skipped().stream().flatMap(s -> s.problems().stream()).map(p -> p.format()).toList();
        if (problems.isEmpty()) {
            assertThat(bank.packs()).as("a file with no problems is loaded").hasSize(1);
        }
        return problems;
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = Files.newInputStream(BANK.resolve("schema").resolve(name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
