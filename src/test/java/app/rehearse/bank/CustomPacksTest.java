package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.storage.Backups;
import app.rehearse.testing.TestQuestions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomPacksTest {
    private static final List<BankFile> SHIPPED = BankSources.shipped();

    @TempDir
    Path home;

    private CustomPacks packs;

    @BeforeEach
    void setUp() {
        packs = new CustomPacks(() -> SHIPPED, home.resolve("questions"),
                new Backups(home.resolve("backups"), Clock.fixed(Instant.parse("2024-05-01T10:15:30Z"), ZoneOffset.UTC)));
    }

    @Test
    void theFirstSaveCreatesMyQuestionsAndTheQuestionLoadsFromIt() throws Exception {
        QuestionBank bank = packs.saveQuestion(CustomPacks.DEFAULT_PACK_ID, Optional.empty(), TestQuestions.systemDesign("my-cache"));

        Path file = home.resolve("questions/my-questions.json");
        assertThat(file).exists();
        assertThat(bank.question("my-cache")).contains(TestQuestions.systemDesign("my-cache"));
        assertThat(bank.packOf("my-cache").orElseThrow().origin()).isEqualTo(BankFile.Origin.CUSTOM);
        assertThat(packs.load().question("my-cache")).contains(TestQuestions.systemDesign("my-cache"));
        assertThat(Files.readString(file)).startsWith("{\n  \"schemaVersion\": 1,\n  \"pack\": {\n    \"id\": \"my-questions\"");
    }

    @Test
    void editingReplacesTheQuestionInPlaceEvenWhenItsIdChanges() throws Exception {
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("first"));
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("second"));

        QuestionBank bank = packs.saveQuestion("my-questions", Optional.of("first"), TestQuestions.systemDesign("renamed"));

        assertThat(bank.packOf("renamed").orElseThrow().pack().questions()).extracting(Question::id)
                .containsExactly("renamed", "second");
        assertThat(bank.question("first")).isEmpty();
    }

    @Test
    void aQuestionTheLoaderWouldRejectIsNeverWritten() throws Exception {
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("kept"));
        Question shippedId = TestQuestions.systemDesign(SHIPPED_QUESTION);
        Path file = home.resolve("questions/my-questions.json");
        String before = Files.readString(file);

        assertThatThrownBy(() -> packs.saveQuestion("my-questions", Optional.empty(), shippedId))
                .isInstanceOf(PackRejectedException.class)
                .satisfies(e -> assertThat(((PackRejectedException) e).problems()).anySatisfy(p ->
                        assertThat(p.format()).contains("my-questions.json:").contains("is already used in question-bank/")));
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void shippedPacksAreReadOnly() {
        String shippedPack = packs.load().packOf(SHIPPED_QUESTION).orElseThrow().pack().info().id();

        assertThatThrownBy(() -> packs.saveQuestion(shippedPack, Optional.empty(), TestQuestions.systemDesign("x")))
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> packs.deleteQuestion(SHIPPED_QUESTION)).hasMessageContaining("read-only");
    }

    @Test
    void deletingAQuestionKeepsABackupOfThePack() throws Exception {
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("doomed"));

        QuestionBank bank = packs.deleteQuestion("doomed");

        assertThat(bank.question("doomed")).isEmpty();
        assertThat(bank.packs()).anySatisfy(p -> assertThat(p.pack().info().id()).isEqualTo("my-questions"));
        Path backup = home.resolve("backups/20240501-101530-my-questions.json");
        assertThat(Files.readString(backup)).contains("\"doomed\"");
    }

    @Test
    void packsGetIdsAndFileNamesFromTheirTitles() throws Exception {
        CustomPacks.Change<String> created = packs.createPack("Acme Corp: staff loop!");
        CustomPacks.Change<String> again = packs.createPack("Acme corp staff loop");

        assertThat(created.value()).isEqualTo("acme-corp-staff-loop");
        assertThat(again.value()).isEqualTo("acme-corp-staff-loop-2");
        assertThat(home.resolve("questions/acme-corp-staff-loop.json")).exists();
        assertThat(home.resolve("questions/acme-corp-staff-loop-2.json")).exists();
        assertThat(again.bank().packs()).extracting(p -> p.pack().info().title())
                .contains("Acme Corp: staff loop!", "Acme corp staff loop");
    }

    @Test
    void aBlankPackTitleIsRefusedWithTheLoadersMessage() {
        assertThatThrownBy(() -> packs.createPack("   "))
                .isInstanceOf(PackRejectedException.class)
                .satisfies(e -> assertThat(((PackRejectedException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).isEqualTo("\"title\" must not be empty")));
        assertThat(home.resolve("questions")).doesNotExist();
    }

    @Test
    void aBrokenPackOnDiskKeepsItsFileWhenANewPackWantsTheSameName() throws Exception {
        Files.createDirectories(home.resolve("questions"));
        Files.writeString(home.resolve("questions/my-questions.json"), "{ broken", StandardCharsets.UTF_8);

        QuestionBank bank = packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("fresh"));

        assertThat(Files.readString(home.resolve("questions/my-questions.json"))).isEqualTo("{ broken");
        assertThat(bank.packOf("fresh").orElseThrow().source()).endsWith("my-questions-2.json");
        assertThat(bank.skipped()).extracting(SkippedFile::source).anySatisfy(s -> assertThat(s).endsWith("my-questions.json"));
    }

    @Test
    void deletingAPackRemovesItsFileAfterABackup() throws Exception {
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("gone"));

        QuestionBank bank = packs.deletePack("my-questions");

        assertThat(bank.question("gone")).isEmpty();
        assertThat(home.resolve("questions/my-questions.json")).doesNotExist();
        try (Stream<Path> kept = Files.list(home.resolve("backups"))) {
            assertThat(kept).hasSize(1);
        }
    }

    @Test
    void exportedPacksLoadOnTheirOwnAndEqualTheOriginal() throws Exception {
        QuestionBank bank = packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("shared"));
        QuestionPack original = bank.packOf("shared").orElseThrow().pack();
        Path exported = home.resolve("out/shared.json");

        CustomPacks.export(original, exported, bank);

        PackCheck check = new BankLoader().check(new BankFile("shared.json", BankFile.Origin.CUSTOM,
                () -> Files.readAllBytes(exported)), TakenIds.dimensionsOf(bank));
        assertThat(check.problems()).isEmpty();
        assertThat(check.pack()).contains(original);
    }

    static final String SHIPPED_QUESTION = BankSources.shipped().isEmpty() ? "" : new BankLoader().load(SHIPPED).questions().get(0).id();
}
