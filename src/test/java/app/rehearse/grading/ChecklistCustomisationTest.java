package app.rehearse.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.QuestionBank;
import app.rehearse.storage.DataLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistCustomisationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<BankFile> shipped;

    @TempDir
    Path home;

    @BeforeAll
    static void readShippedChecklists() {
        // the packs only refer to dimensions; leaving them out keeps these tests quick
        shipped = BankSources.shipped().stream().filter(f -> f.name().contains("/checklists/")).toList();
    }

    private DataLayout layout() {
        return new DataLayout(home);
    }

    /** Loads the bank the way the app does: shipped files, then the user's checklists. */
    private QuestionBank bank() {
        List<BankFile> files = new ArrayList<>(shipped);
        files.addAll(BankSources.folder(layout().checklists(), BankFile.Origin.CUSTOM));
        return new BankLoader().load(files);
    }

    private ChecklistCustomisation open() throws Exception {
        return ChecklistCustomisation.open(layout(), bank());
    }

    private Path customFile() {
        return CustomChecklist.file(layout());
    }

    @Test
    void withNoFilesEveryLoadedDimensionIsVisibleAndNothingIsWrong() throws Exception {
        ChecklistCustomisation c = open();

        assertThat(c.problems()).isEmpty();
        assertThat(c.visibleDimensions()).isEqualTo(bank().dimensions()).hasSizeGreaterThan(5);
        assertThat(c.settings()).noneMatch(DimensionSetting::custom).noneMatch(DimensionSetting::hidden);
        assertThat(customFile()).doesNotExist();
    }

    @Test
    void anAddedDimensionIsWrittenSoTheBankLoaderLoadsIt() throws Exception {
        ChecklistDimension added = open().add(NewDimension.titled("Privacy vs personalisation"));

        assertThat(added.id()).isEqualTo("my-privacy-vs-personalisation");
        assertThat(added.left()).isEqualTo("Privacy");
        assertThat(added.right()).isEqualTo("personalisation");
        assertThat(added.description()).isEqualTo("Privacy or personalisation: which matters more here, and what would change that?");
        assertThat(added.questions()).isEqualTo(NewDimension.DEFAULT_QUESTIONS);
        QuestionBank reloaded = bank();
        assertThat(reloaded.skipped()).isEmpty();
        assertThat(reloaded.dimension(added.id())).contains(added);
        ChecklistCustomisation again = open();
        assertThat(again.problems()).isEmpty();
        assertThat(again.settings().get(again.settings().size() - 1)).isEqualTo(new DimensionSetting(added, true, false));
    }

    @Test
    void theCustomChecklistHasTheFormatOfTheShippedOnes() throws Exception {
        open().add(new NewDimension("Privacy vs personalisation", "", "", "Collecting less data or tailoring more.",
                List.of("Did I say which data I keep and why?")));

        JsonNode custom = JSON.readTree(customFile().toFile());
        JsonNode schema = JSON.readTree(Path.of("question-bank/schema/checklist.schema.json").toFile());
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(custom);
        assertThat(errors).isEmpty();
        JsonNode core = JSON.readTree(Path.of("question-bank/checklists/core.json").toFile());
        assertThat(names(custom)).isEqualTo(names(core));
        assertThat(names(custom.get("dimensions").get(0))).isEqualTo(names(core.get("dimensions").get(0)));
    }

    @Test
    void addedIdsStayUniqueAndAlwaysCarryTheCustomPrefix() throws Exception {
        ChecklistCustomisation c = open();

        ChecklistDimension first = c.add(NewDimension.titled("Reuse vs rewrite"));
        ChecklistDimension second = c.add(NewDimension.titled("Reuse VS Rewrite"));
        ChecklistDimension symbols = c.add(new NewDimension("速度と品質", "速度", "品質", "", List.of()));

        assertThat(first.id()).isEqualTo("my-reuse-vs-rewrite");
        assertThat(second.id()).isEqualTo("my-reuse-vs-rewrite-2");
        assertThat(symbols.id()).isEqualTo("my-dimension");
        assertThat(bank().skipped()).isEmpty();
    }

    @Test
    void anInvalidDimensionIsRefusedWithReasonsAndNothingIsWritten() throws Exception {
        ChecklistCustomisation c = open();

        assertThatThrownBy(() -> c.add(NewDimension.titled("Consistency")))
                .isInstanceOfSatisfying(ChecklistEditException.class, e -> assertThat(e.messages())
                        .anyMatch(m -> m.contains("\"left\" must not be empty"))
                        .anyMatch(m -> m.contains("\"right\" must not be empty")));
        assertThat(customFile()).doesNotExist();
        assertThat(c.settings()).noneMatch(DimensionSetting::custom);
    }

    @Test
    void limitsTheLoaderDoesNotCheckButTheSchemaDoesAreEnforced() throws Exception {
        List<String> questions = Collections.nCopies(CustomChecklist.MAX_QUESTIONS + 1, "Did I?");

        assertThatThrownBy(() -> open().add(new NewDimension("A vs B", "", "", "", questions)))
                .isInstanceOf(ChecklistEditException.class).hasMessageContaining("at most 20 self-check questions");
        assertThat(customFile()).doesNotExist();
    }

    @Test
    void renamingAnAddedDimensionRewritesItsFileAndKeepsItsId() throws Exception {
        ChecklistCustomisation c = open();
        ChecklistDimension added = c.add(NewDimension.titled("Reuse vs rewrite"));

        c.rename(added.id(), "  Reuse or rewrite  ");

        assertThat(bank().dimension(added.id()).orElseThrow().title()).isEqualTo("Reuse or rewrite");
        assertThat(c.preferences().titles()).isEmpty();
    }

    @Test
    void renamingAShippedDimensionOverridesItsTitleInTheSettings() throws Exception {
        ChecklistCustomisation c = open();

        c.rename("build-vs-buy", "Build, buy or adopt open source");

        assertThat(c.visibleDimensions()).filteredOn(d -> d.id().equals("build-vs-buy"))
                .extracting(ChecklistDimension::title).containsExactly("Build, buy or adopt open source");
        assertThat(open().preferences().title("build-vs-buy")).contains("Build, buy or adopt open source");
        assertThat(bank().dimension("build-vs-buy").orElseThrow().title()).isEqualTo("Build vs buy");

        c.rename("build-vs-buy", "Build vs buy");

        assertThat(open().preferences().titles()).isEmpty();
    }

    @Test
    void aBlankTitleOrAnUnknownDimensionCannotBeRenamed() throws Exception {
        ChecklistCustomisation c = open();

        assertThatThrownBy(() -> c.rename("build-vs-buy", "  ")).isInstanceOf(ChecklistEditException.class)
                .hasMessage("a title must not be empty");
        assertThatThrownBy(() -> c.rename("no-such-thing", "X")).isInstanceOf(ChecklistEditException.class)
                .hasMessageContaining("no-such-thing");
        assertThatThrownBy(() -> c.rename("build-vs-buy", "x".repeat(201))).isInstanceOf(ChecklistEditException.class);
    }

    @Test
    void hiddenDimensionsLeaveTheChecklistUntilShownAgain() throws Exception {
        ChecklistCustomisation c = open();
        ChecklistDimension added = c.add(NewDimension.titled("Reuse vs rewrite"));

        c.hide("build-vs-buy");
        c.hide(added.id());

        assertThat(open().visibleDimensions()).extracting(ChecklistDimension::id).doesNotContain("build-vs-buy", added.id());
        assertThat(open().settings()).filteredOn(DimensionSetting::hidden).extracting(DimensionSetting::id)
                .containsExactly("build-vs-buy", added.id());

        c.show("build-vs-buy");

        assertThat(open().visibleDimensions()).extracting(ChecklistDimension::id).contains("build-vs-buy");
    }

    @Test
    void aHiddenStressedDimensionIsLeftOutOfTheGradingPlan() throws Exception {
        ChecklistCustomisation c = open();
        c.hide("build-vs-buy");

        GradingPlan plan = GradingPlan.forQuestion(Fixtures.systemDesign(List.of("build-vs-buy", "cost-vs-scalability"),
                List.of()), c.visibleDimensions());

        assertThat(plan.stressedRows()).extracting(ChecklistRow::id).containsExactly("cost-vs-scalability");
        assertThat(plan.missingTradeOffs()).containsExactly("build-vs-buy");
    }

    @Test
    void aQuestionCanStressAnAddedDimension() throws Exception {
        ChecklistCustomisation c = open();
        ChecklistDimension added = c.add(NewDimension.titled("Privacy vs personalisation"));

        GradingPlan plan = GradingPlan.forQuestion(Fixtures.systemDesign(List.of(added.id()), List.of()), c.visibleDimensions());

        assertThat(plan.checklist().get(0)).isEqualTo(new ChecklistRow(added, true));
        assertThat(plan.checklist()).hasSize(bank().dimensions().size());
    }

    @Test
    void aBrokenCustomChecklistIsReportedAndNeverOverwritten() throws Exception {
        Files.createDirectories(customFile().getParent());
        byte[] broken = "{ \"schemaVersion\": 1, \"checklist\": { \"id\": \"custom\" ".getBytes(StandardCharsets.UTF_8);
        Files.write(customFile(), broken);
        ChecklistCustomisation c = open();

        assertThat(c.problems()).first().asString().contains("custom.json has problems");
        assertThatThrownBy(() -> c.add(NewDimension.titled("A vs B"))).isInstanceOf(ChecklistEditException.class);
        assertThat(Files.readAllBytes(customFile())).isEqualTo(broken);
        c.hide("build-vs-buy");
        assertThat(c.visibleDimensions()).extracting(ChecklistDimension::id).doesNotContain("build-vs-buy");
    }

    @Test
    void aCustomChecklistTheLoaderSkippedIsLeftAlone() throws Exception {
        Files.createDirectories(customFile().getParent());
        String clash = new String(Files.readAllBytes(Path.of("question-bank/checklists/core.json")), StandardCharsets.UTF_8)
                .replace("\"id\": \"core\"", "\"id\": \"custom\"");
        Files.writeString(customFile(), clash);
        ChecklistCustomisation c = open();

        assertThat(c.problems()).anyMatch(p -> p.contains("was not loaded"))
                .anyMatch(p -> p.contains("is already defined in"));
        assertThatThrownBy(() -> c.add(NewDimension.titled("A vs B"))).isInstanceOf(ChecklistEditException.class);
        assertThat(Files.readString(customFile())).isEqualTo(clash);
        assertThat(c.allDimensions()).hasSameSizeAs(bank().dimensions());
    }

    @Test
    void settingsFromANewerRehearseAreReportedAndLeftAlone() throws Exception {
        String newer = "{\"version\": 2, \"hidden\": [\"build-vs-buy\"], \"pinned\": []}";
        Files.writeString(ChecklistPreferences.file(layout()), newer);
        ChecklistCustomisation c = open();

        assertThat(c.problems()).anyMatch(p -> p.contains("newer Rehearse (version 2)"));
        assertThat(c.visibleDimensions()).hasSameSizeAs(bank().dimensions());
        assertThatThrownBy(() -> c.hide("cost-vs-scalability")).isInstanceOf(ChecklistEditException.class);
        assertThat(Files.readString(ChecklistPreferences.file(layout()))).isEqualTo(newer);
        assertThat(c.add(NewDimension.titled("A vs B")).id()).isEqualTo("my-a-vs-b");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.remove("$schema");
        return names;
    }

    @Test
    void aCustomChecklistThatIsAFolderFallsBackToTheShippedDimensionsAndSaysSo() throws Exception {
        Files.createDirectories(customFile());

        ChecklistCustomisation c = open();

        assertThat(c.visibleDimensions()).isNotEmpty().noneMatch(d -> d.id().startsWith(ChecklistCustomisation.CUSTOM_ID_PREFIX));
        assertThat(c.problems()).anySatisfy(p -> assertThat(p).contains(customFile().toString())
                .contains("could not be read").contains("shipped dimensions"));
        assertThat(customFile()).isDirectory();
    }
}
