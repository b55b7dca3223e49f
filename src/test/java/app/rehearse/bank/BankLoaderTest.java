package app.rehearse.bank;

import static app.rehearse.bank.PackTexts.PACK;
import static app.rehearse.bank.PackTexts.load;
import static app.rehearse.bank.PackTexts.packReplacing;
import static app.rehearse.bank.PackTexts.packWith;
import static app.rehearse.bank.PackTexts.problems;
import static app.rehearse.bank.PackTexts.sampleQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.json.StoredJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the loader decides across files: who owns an id, which files are skipped, and size caps. */
class BankLoaderTest {

    private static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    @Test
    void aQuestionIdUsedInTwoFilesIsReportedOnTheLaterFileNamingTheEarlierOne() {
        QuestionBank bank = load(files("a.json", PACK, "b.json", packReplacing("\"sample-pack\"", "\"other-pack\"")));

        assertThat(problems(bank, "b.json")).containsExactly("b.json:10:13: question id \"design-a-queue\" is already used"
                + " in a.json (ids must be unique across all packs) (at /questions/0/id)");
        assertThat(bank.packs()).extracting(LoadedPack::source).containsExactly("a.json");
    }

    @Test
    void aPackIdUsedInTwoFilesIsReportedOnTheLaterFile() {
        QuestionBank bank = load(files("a.json", PACK, "b.json", packReplacing("\"design-a-queue\"", "\"design-a-stack\"")));

        assertThat(problems(bank, "b.json")).containsExactly(
                "b.json:4:11: pack id \"sample-pack\" is already used by a.json (at /pack/id)");
    }

    @Test
    void aPackWithAnyProblemIsSkippedEntirelyWhileTheOthersLoad() {
        String broken = PackTexts.replace(sampleQuestion("broken-question"), "\"senior\"", "\"junior\"");
        QuestionBank bank = load(files(
                "good.json", PACK,
                "bad.json", packWith("bad-pack", sampleQuestion("fine-question"), broken),
                "also-good.json", packWith("also-good", sampleQuestion("another-question"))));

        assertThat(bank.packs()).extracting(LoadedPack::source).containsExactly("good.json", "also-good.json");
        assertThat(bank.questions()).extracting(Question::id).containsExactly("design-a-queue", "another-question");
        assertThat(bank.question("fine-question")).isEmpty();
        assertThat(bank.skipped()).extracting(SkippedFile::source).containsExactly("bad.json");
        assertThat(problems(bank, "bad.json")).hasSize(1);
    }

    @Test
    void aSkippedPackDoesNotClaimItsIds() {
        String skipped = packReplacing("\"1.0\"", "\"one\"");
        QuestionBank bank = load(files("skipped.json", skipped, "valid.json", PACK));

        assertThat(bank.packs()).extracting(LoadedPack::source).containsExactly("valid.json");
        assertThat(problems(bank, "valid.json")).isEmpty();
    }

    @Test
    void questionsKeepTheirFileAndPack() {
        QuestionBank bank = load(files("a.json", PACK));

        Question q = bank.question("design-a-queue").orElseThrow();
        assertThat(q.type()).isEqualTo(QuestionType.SYSTEM_DESIGN);
        assertThat(q.level()).isEqualTo(Level.SENIOR);
        assertThat(q.followUps()).containsExactly(new FollowUp("A consumer crashes mid-task. What happens?",
                FollowUp.Kind.CURVEBALL));
        assertThat(q.rubric()).containsExactly(new RubricCriterion("Delivery semantics", "Idempotent consumers.",
                "Assumes exactly-once.", 2));
        assertThat(q.phases()).containsExactly(new PhaseSpec("clarify", "Clarify", 10), new PhaseSpec("design", "Design", 35));
        assertThat(q.timeboxMinutes()).hasValue(45);
        assertThat(bank.packOf("design-a-queue")).map(LoadedPack::source).hasValue("a.json");
        assertThat(bank.dimensions()).extracting(ChecklistDimension::id)
                .containsExactly("consistency-vs-availability", "cost-vs-scalability");
    }

    @Test
    void aCriterionCarriesItsSolidAndStaffBarsAndAQuestionItsRescueHint() throws Exception {
        String pack = packReplacing("\"weak\": \"Assumes exactly-once.\"", "\"weak\": \"Assumes exactly-once.\","
                + " \"solid\": \"At-least-once, dedupe left vague.\", \"staff\": \"Sets the delivery contract for every team.\"")
                .replace("\"hints\": [\"Start with the delivery guarantee.\"],",
                        "\"hints\": [\"Start with the delivery guarantee.\"], \"rescueHint\": \"Use an idempotency key.\",");
        QuestionBank bank = load(files("a.json", pack));

        Question q = bank.question("design-a-queue").orElseThrow();
        assertThat(q.rubric()).containsExactly(new RubricCriterion("Delivery semantics", "Idempotent consumers.",
                "Assumes exactly-once.", 2, Optional.of("At-least-once, dedupe left vague."),
                Optional.of("Sets the delivery contract for every team.")));
        assertThat(q.rescueHint()).hasValue("Use an idempotency key.");
        StoredJson written = StoredJson.parse(QuestionJson.write(q).toString().getBytes(StandardCharsets.UTF_8), "q.json");
        assertThat(PackReader.readQuestion(written.root(), written.problems())).isEqualTo(q);
    }

    @Test
    void aBehavioralQuestionLoadsWithDefaultsForOptionalFields() {
        QuestionBank bank = load(files("b.json", packWith("behavioral", PackTexts.BEHAVIORAL_QUESTION)));

        Question q = bank.question("disagreed-with-manager").orElseThrow();
        assertThat(q.competency()).hasValue("conflict");
        assertThat(q.signals()).containsExactly("Disagrees in private, commits in public");
        assertThat(q.followUps()).extracting(FollowUp::kind).containsExactly(FollowUp.Kind.PROBE);
        assertThat(q.rubric()).extracting(RubricCriterion::weight).containsExactly(RubricCriterion.DEFAULT_WEIGHT);
        assertThat(q.timeboxMinutes()).isEmpty();
        assertThat(q.phases()).isEmpty();
    }

    @Test
    void aFileLargerThan8MiBIsRejectedWithItsSize() {
        byte[] big = padded(PACK, PackReader.MAX_FILE_BYTES + 1);

        QuestionBank bank = new BankLoader().load(List.of(PackTexts.file("checklist.json", PackTexts.CHECKLIST),
                new BankFile("big.json", BankFile.Origin.CUSTOM, () -> big)));

        assertThat(problems(bank, "big.json")).containsExactly(
                "big.json:1:1: the file is 8193 KiB; a bank file may be at most 8 MiB (split it into several packs)");
    }

    @Test
    void aFileOfExactly8MiBStillLoads() {
        byte[] limit = padded(PACK, PackReader.MAX_FILE_BYTES);

        QuestionBank bank = new BankLoader().load(List.of(PackTexts.file("checklist.json", PackTexts.CHECKLIST),
                new BankFile("limit.json", BankFile.Origin.CUSTOM, () -> limit)));

        assertThat(bank.skipped()).isEmpty();
        assertThat(bank.packs()).hasSize(1);
    }

    @Test
    void anUnreadableFileIsSkippedWithTheReason() {
        QuestionBank bank = new BankLoader().load(List.of(new BankFile("gone.json", BankFile.Origin.CUSTOM, () -> {
            throw new java.io.IOException("permission denied");
        })));

        assertThat(problems(bank, "gone.json")).containsExactly("gone.json:1:1: could not read the file: permission denied");
    }

    @Test
    void aChecklistFromANewerRehearseIsSkippedAndItsDimensionsAreUnknown() {
        String newer = PackTexts.replace(PackTexts.CHECKLIST, "\"schemaVersion\": 1", "\"schemaVersion\": 3");
        QuestionBank bank = new BankLoader().load(List.of(PackTexts.file("newer.json", newer), PackTexts.file("pack.json", PACK)));

        assertThat(problems(bank, "newer.json")).containsExactly("newer.json:2:20: this checklist was written for a newer"
                + " Rehearse (schemaVersion 3); update Rehearse to use it (at /schemaVersion)");
        assertThat(problems(bank, "pack.json")).containsExactly("pack.json:23:21: unknown trade-off dimension"
                + " \"consistency-vs-availability\"; no checklist with dimensions loaded (at /questions/0/tradeOffs/0)");
    }

    /** The text followed by spaces up to exactly {@code size} bytes: still the same JSON. */
    @Test
    void readingFilesSideBySideGivesExactlyWhatReadingThemInTurnGives() {
        List<BankFile> files = new java.util.ArrayList<>();
        files.add(PackTexts.file("checklist.json", PackTexts.CHECKLIST));
        for (int f = 0; f < 6; f++) {
            String[] questions = new String[40];
            for (int q = 0; q < questions.length; q++) {
                // Two files reuse an id of an earlier file, one question breaks a rule.
                String id = f >= 4 && q == 0 ? "q-0-0" : "q-" + f + "-" + q;
                questions[q] = sampleQuestion(id);
            }
            if (f == 2) {
                questions[7] = PackTexts.replace(questions[7], "\"senior\"", "\"junior\"");
            }
            files.add(PackTexts.file("pack-" + f + ".json", packWith("pack-" + f, questions)));
        }
        files.add(PackTexts.file("broken.json", "{ \"pack\": "));

        QuestionBank inTurn = new BankLoader(Long.MAX_VALUE).load(files);
        QuestionBank sideBySide = new BankLoader(0).load(files);

        assertThat(sideBySide.questions()).extracting(Question::id)
                .containsExactlyElementsOf(inTurn.questions().stream().map(Question::id).toList())
                .hasSize(3 * 40);
        assertThat(sideBySide.skipped()).isEqualTo(inTurn.skipped());
        assertThat(inTurn.skipped()).extracting(SkippedFile::source)
                .containsExactly("broken.json", "pack-2.json", "pack-4.json", "pack-5.json");
    }

    private static byte[] padded(String text, int size) {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(json, size);
        Arrays.fill(bytes, json.length, size, (byte) ' ');
        return bytes;
    }
}
