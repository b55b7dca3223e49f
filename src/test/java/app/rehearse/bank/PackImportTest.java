package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.storage.Backups;
import app.rehearse.testing.TestQuestions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackImportTest {
    private static final List<BankFile> SHIPPED = BankSources.shipped();

    @TempDir
    Path home;

    private CustomPacks packs;

    @BeforeEach
    void setUp() throws Exception {
        packs = new CustomPacks(() -> SHIPPED, home.resolve("questions"), new Backups(home.resolve("backups"), Clock.systemUTC()));
        packs.saveQuestion("my-questions", Optional.empty(), TestQuestions.systemDesign("mine"));
    }

    @Test
    void anInvalidFileIsReportedWithEveryProblemAndNoPack() {
        String text = "{\n  \"schemaVersion\": 1,\n  \"pack\": {\"id\": \"Bad Id\", \"title\": \"t\", \"version\": \"1\"},\n"
                + "  \"questions\": [ {\"id\": \"q\", \"titel\": \"x\"} ]\n}\n";

        ImportPreview preview = PackImport.preview(file("friend.json", text), packs.load());

        assertThat(preview.canImport()).isFalse();
        assertThat(preview.problems()).extracting(p -> p.format())
                .anySatisfy(s -> assertThat(s).startsWith("friend.json:3:").contains("kebab-case"))
                .anySatisfy(s -> assertThat(s).startsWith("friend.json:4:").contains("unknown field \"titel\" (did you mean \"title\"?)"))
                .anySatisfy(s -> assertThat(s).contains("missing required field \"prompt\""));
    }

    @Test
    void clashesAreListedNotTreatedAsErrors() {
        QuestionBank bank = packs.load();
        String shipped = bank.questions().get(0).id();
        QuestionPack incoming = pack("friends", TestQuestions.systemDesign("mine"), TestQuestions.systemDesign(shipped),
                TestQuestions.systemDesign("new-one"));

        ImportPreview preview = PackImport.preview(file("friends.json", PackWriter.bytes(incoming)), bank);

        assertThat(preview.canImport()).isTrue();
        assertThat(preview.clashes()).extracting(Clash::questionId, Clash::shipped)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mine", false), org.assertj.core.groups.Tuple.tuple(shipped, true));
    }

    @Test
    void skipKeepsTheQuestionsAlreadyInTheBank() throws Exception {
        QuestionPack incoming = pack("friends", changed("mine"), TestQuestions.systemDesign("theirs"));

        ImportOutcome outcome = packs.importPack(incoming, ClashResolution.SKIP);

        assertThat(outcome.skipped()).containsExactly("mine");
        assertThat(outcome.imported()).containsExactly("theirs");
        assertThat(outcome.bank().question("mine")).contains(TestQuestions.systemDesign("mine"));
        assertThat(outcome.bank().packOf("theirs").orElseThrow().pack().info().id()).isEqualTo("friends");
        assertThat(outcome.file()).isEqualTo(home.resolve("questions/friends.json"));
        assertThat(outcome.summary()).startsWith("Imported 1 question into \u201cFriends\u201d. Skipped 1");
    }

    @Test
    void renameImportsClashingQuestionsUnderFreeIds() throws Exception {
        QuestionPack incoming = pack("friends", changed("mine"));

        ImportOutcome outcome = packs.importPack(incoming, ClashResolution.RENAME);

        assertThat(outcome.renamed()).containsEntry("mine", "mine-2");
        assertThat(outcome.bank().question("mine-2").orElseThrow().title()).isEqualTo("Changed mine");
        assertThat(outcome.bank().question("mine")).contains(TestQuestions.systemDesign("mine"));
    }

    @Test
    void replaceMovesTheQuestionAndKeepsABackupOfThePackItLeft() throws Exception {
        QuestionPack incoming = pack("friends", changed("mine"));

        ImportOutcome outcome = packs.importPack(incoming, ClashResolution.REPLACE);

        assertThat(outcome.replaced()).containsExactly("mine");
        assertThat(outcome.bank().question("mine").orElseThrow().title()).isEqualTo("Changed mine");
        assertThat(outcome.bank().packOf("mine").orElseThrow().pack().info().id()).isEqualTo("friends");
        assertThat(outcome.backups()).singleElement().satisfies(b -> assertThat(Files.readString(b)).contains("Design mine"));
    }

    @Test
    void replaceNeverTouchesShippedQuestionsButRenamesThem() throws Exception {
        String shipped = packs.load().questions().get(0).id();

        ImportOutcome outcome = packs.importPack(pack("friends", changed(shipped)), ClashResolution.REPLACE);

        assertThat(outcome.renamed()).containsEntry(shipped, shipped + "-2");
        assertThat(outcome.bank().packOf(shipped).orElseThrow().origin()).isEqualTo(BankFile.Origin.SHIPPED);
    }

    @Test
    void aPackWithTheIdOfOneOfMineIsMergedIntoIt() throws Exception {
        QuestionPack incoming = pack("my-questions", changed("mine"), TestQuestions.systemDesign("more"));

        ImportOutcome replaced = packs.importPack(incoming, ClashResolution.REPLACE);

        assertThat(replaced.file()).isEqualTo(home.resolve("questions/my-questions.json"));
        assertThat(replaced.bank().packOf("more").orElseThrow().pack().questions()).extracting(Question::title)
                .containsExactly("Changed mine", "Design more");
        assertThat(replaced.backups()).hasSize(1);
    }

    @Test
    void aPackWithTheIdOfAShippedPackGetsANewId() throws Exception {
        String shippedPack = packs.load().packs().get(0).pack().info().id();

        ImportOutcome outcome = packs.importPack(pack(shippedPack, TestQuestions.systemDesign("brand-new")), ClashResolution.SKIP);

        assertThat(outcome.pack().id()).isEqualTo(shippedPack + "-2");
        assertThat(outcome.packRenamedFrom()).contains(shippedPack);
        assertThat(outcome.bank().packOf("brand-new").orElseThrow().origin()).isEqualTo(BankFile.Origin.CUSTOM);
    }

    @Test
    void freeIdsStayWithinTheLengthLimit() {
        String longId = "a".repeat(QuestionRules.MAX_ID);

        String free = PackImport.freeId(longId, Set.of(longId));

        assertThat(free).hasSize(QuestionRules.MAX_ID).endsWith("-2");
        assertThat(QuestionRules.isKebabCase(free)).isTrue();
    }

    private static Question changed(String id) {
        Question q = TestQuestions.systemDesign(id);
        return new Question(id, q.type(), "Changed " + id, q.prompt(), q.level(), q.tags(), q.competency(), q.signals(),
                q.hints(), q.followUps(), q.rubric(), q.tradeOffs(), q.timeboxMinutes(), q.phases());
    }

    private static QuestionPack pack(String id, Question... questions) {
        return new QuestionPack(new PackInfo(id, "Friends", "1", Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(questions));
    }

    private static BankFile file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static BankFile file(String name, byte[] bytes) {
        return new BankFile(name, BankFile.Origin.CUSTOM, () -> bytes);
    }
}
