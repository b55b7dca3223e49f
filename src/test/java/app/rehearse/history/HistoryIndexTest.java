package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionType;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.RubricLevel;
import app.rehearse.practice.SessionState;
import app.rehearse.stories.Story;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryIndexTest {
    @TempDir
    Path home;

    private SessionFixture fixture() {
        return new SessionFixture(home);
    }

    private HistoryIndex open() throws Exception {
        return HistoryIndex.open(fixture().layout, ZoneOffset.UTC);
    }

    private List<String> threeSessions(SessionFixture f) throws Exception {
        var q = SessionFixture.design("url-shortener", "URL shortener", "storage");
        String a = f.session(q, SessionFixture.DAY_ONE).notes("first try").write();
        String b = f.session(q, SessionFixture.DAY_ONE.plus(Duration.ofDays(1))).notes("second try").hints(1)
                .graded(RubricLevel.SOLID, ChecklistLevel.REASONED, "better").write();
        String c = f.session(SessionFixture.design("feed", "News feed", "fan-out"), SessionFixture.DAY_ONE.plus(Duration.ofDays(2)))
                .unfinished().write();
        f.settle();
        return List.of(a, b, c);
    }

    @Test
    void anEmptyDataDirectoryHasAnEmptyHistory() throws Exception {
        HistoryIndex index = open();

        assertThat(index.summaries()).isEmpty();
        assertThat(index.damaged()).isEmpty();
        assertThat(index.search().search("", HistoryFilter.ANY).sessions()).isEmpty();
    }

    @Test
    void summarisesEverySessionNewestFirstWithWhatARowShows() throws Exception {
        SessionFixture f = fixture();
        List<String> ids = threeSessions(f);

        HistoryIndex index = open();

        assertThat(index.summaries()).extracting(SessionSummary::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        SessionSummary graded = index.summary(ids.get(1)).orElseThrow();
        assertThat(graded.title()).isEqualTo("URL shortener");
        assertThat(graded.type()).isEqualTo(QuestionType.SYSTEM_DESIGN);
        assertThat(graded.tags()).containsExactly("storage");
        assertThat(graded.state()).isEqualTo(SessionState.FINISHED);
        assertThat(graded.durationMs()).isEqualTo(29 * 60_000L);
        assertThat(graded.plannedMs()).isEqualTo(30 * 60_000L);
        assertThat(graded.overtimeMs()).isEqualTo(60_000L);
        assertThat(graded.hintsUsed()).isEqualTo(1);
        assertThat(graded.score()).isPresent();
        assertThat(graded.dimensionPoints()).containsEntry("consistency-vs-availability", 2);
        assertThat(graded.gradeNotes()).isEqualTo("better");
        assertThat(graded.notesLength()).isEqualTo("second try".length());
        assertThat(index.summary(ids.get(0)).orElseThrow().score()).isEmpty();
        assertThat(index.summary(ids.get(2)).orElseThrow().isFinished()).isFalse();
        assertThat(index.attempts("url-shortener")).extracting(SessionSummary::id).containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void aDamagedSessionAmongGoodOnesIsListedWithItsReasonAndTheOthersStillWork() throws Exception {
        SessionFixture f = fixture();
        List<String> ids = threeSessions(f);
        Path torn = f.layout.sessions().resolve("20260301-080000-torn");
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("session.json"), "{\"version\": 1, \"id\": ");
        Path newer = f.layout.sessions().resolve("20260301-070000-newer");
        Files.createDirectories(newer);
        Files.writeString(newer.resolve("session.json"), "{\"version\": 9}");
        Files.createDirectories(f.layout.sessions().resolve("20260301-060000-empty"));
        f.settle();

        HistoryIndex index = open();

        assertThat(index.summaries()).extracting(SessionSummary::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(index.damaged()).extracting(DamagedEntry::id)
                .containsExactlyInAnyOrder("20260301-080000-torn", "20260301-070000-newer", "20260301-060000-empty");
        assertThat(index.damaged()).anySatisfy(d -> assertThat(d.reason()).contains("invalid JSON"));
        assertThat(index.damaged()).anySatisfy(d -> assertThat(d.reason()).contains("newer Rehearse (version 9)"));
        assertThat(index.damaged()).anySatisfy(d -> assertThat(d.reason()).contains("session.json is missing"));
        assertThat(index.search().search("", HistoryFilter.ANY).damaged()).hasSize(3);
        assertThat(Files.readString(torn.resolve("session.json"))).isEqualTo("{\"version\": 1, \"id\": ");

        HistoryIndex reopened = open();
        assertThat(reopened.lastReport().read()).isZero();
        assertThat(reopened.damaged()).hasSize(3);
    }

    @Test
    void unreadableGradesKeepTheSessionAndSayWhy() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).write();
        f.repository.saveField(id, GradeHistoryJson.FIELD, JsonNodeFactory.instance.objectNode().put("version", 7));

        SessionSummary s = open().summary(id).orElseThrow();

        assertThat(s.score()).isEmpty();
        assertThat(s.gradeProblem()).hasValueSatisfying(p -> assertThat(p).contains("newer Rehearse"));
    }

    @Test
    void aWarmOpenReadsNoFolderWhenNothingChanged() throws Exception {
        threeSessions(fixture());
        HistoryIndex first = open();
        assertThat(first.lastReport().read()).isEqualTo(3);
        assertThat(first.lastReport().cacheProblem()).isPresent();

        HistoryIndex second = open();

        assertThat(second.lastReport()).isEqualTo(new RefreshReport(3, 0, 0, java.util.Optional.empty(),
                java.util.Optional.empty()));
        assertThat(second.summaries()).isEqualTo(first.summaries());
    }

    @Test
    void theStoryToldInASessionIsSummarisedAndSurvivesTheCache() throws Exception {
        SessionFixture f = fixture();
        String told = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).write();
        String silent = f.session(SessionFixture.design("r", "R"), SessionFixture.DAY_ONE.plusSeconds(60)).write();
        f.repository.saveField(told, Story.SESSION_FIELD, TextNode.valueOf("checkout-migration"));
        f.settle();

        HistoryIndex first = open();
        HistoryIndex second = open();

        assertThat(first.summary(told).orElseThrow().story()).hasValue("checkout-migration");
        assertThat(first.summary(silent).orElseThrow().story()).isEmpty();
        assertThat(second.lastReport().read()).as("read from the cache").isZero();
        assertThat(second.summary(told).orElseThrow().story()).hasValue("checkout-migration");
    }

    @Test
    void aMockLoopRoundIsSummarisedAndSurvivesTheCacheAndAGarbledMarkHidesNothing() throws Exception {
        SessionFixture f = fixture();
        String round = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).write();
        String garbled = f.session(SessionFixture.design("r", "R"), SessionFixture.DAY_ONE.plusSeconds(60)).write();
        f.repository.saveField(round, LoopRound.SESSION_FIELD, new LoopRound("loop-7", 1, 4).toJson());
        f.repository.saveField(garbled, LoopRound.SESSION_FIELD, JsonNodeFactory.instance.objectNode().put("id", "loop-7")
                .put("round", 9).put("rounds", 4));
        f.settle();

        HistoryIndex first = open();
        HistoryIndex second = open();

        assertThat(first.summary(round).orElseThrow().loop()).hasValue(new LoopRound("loop-7", 1, 4));
        assertThat(first.summary(garbled)).as("still listed").hasValueSatisfying(s -> assertThat(s.loop()).isEmpty());
        assertThat(second.lastReport().read()).as("read from the cache").isZero();
        assertThat(second.summary(round).orElseThrow().loop()).hasValue(new LoopRound("loop-7", 1, 4));
    }

    @Test
    void theIndexIsRebuiltFromTheFoldersAfterTheCacheIsDeleted() throws Exception {
        threeSessions(fixture());
        List<SessionSummary> before = open().summaries();
        Files.delete(HistoryIndex.cacheFile(fixture().layout));

        HistoryIndex rebuilt = open();

        assertThat(rebuilt.lastReport().read()).isEqualTo(3);
        assertThat(rebuilt.summaries()).isEqualTo(before);
        assertThat(HistoryIndex.cacheFile(fixture().layout)).exists();
        assertThat(open().lastReport().read()).isZero();
    }

    @Test
    void aCorruptOrOtherVersionCacheIsRebuiltAndRewritten() throws Exception {
        threeSessions(fixture());
        List<SessionSummary> before = open().summaries();
        Path cache = HistoryIndex.cacheFile(fixture().layout);

        for (String damage : List.of("{\"version\": 1, \"sessions\": {\"x\": ", "{\"version\": 99, \"sessions\": {}}",
                "\u0000\u0001garbage")) {
            Files.writeString(cache, damage);
            HistoryIndex rebuilt = open();
            assertThat(rebuilt.lastReport().cacheProblem()).as(damage).isPresent();
            assertThat(rebuilt.summaries()).as(damage).isEqualTo(before);
            assertThat(open().lastReport().read()).as(damage).isZero();
        }
    }

    @Test
    void damagedCacheEntriesOnlyCostRereadingTheirFolders() throws Exception {
        List<String> ids = threeSessions(fixture());
        List<SessionSummary> before = open().summaries();
        Path cache = HistoryIndex.cacheFile(fixture().layout);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(cache.toFile());
        var sessions = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("sessions");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sessions.get(ids.get(0))).remove("summary");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sessions.get(ids.get(1))).set("summary",
                json.readTree("[\"q\", 7, {\"nested\": [1, [2, {}]]}, \"more\"]"));
        Files.write(cache, json.writeValueAsBytes(root));

        HistoryIndex index = open();

        assertThat(index.lastReport().read()).isEqualTo(2);
        assertThat(index.lastReport().reused()).isEqualTo(1);
        assertThat(index.summaries()).isEqualTo(before);
    }

    @Test
    void refreshReadsOnlyNewChangedAndVanishedFolders() throws Exception {
        SessionFixture f = fixture();
        List<String> ids = threeSessions(f);
        HistoryIndex index = open();

        Files.writeString(f.repository.folder(ids.get(0)).resolve("notes.md"), "first try, now with more words");
        String added = f.session(SessionFixture.design("cache", "Distributed cache"), SessionFixture.DAY_ONE.plus(Duration.ofDays(5)))
                .write();
        f.repository.moveToTrash(ids.get(2));
        RefreshReport report = index.refresh();

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.reused()).isEqualTo(1);
        assertThat(index.summaries()).extracting(SessionSummary::id).containsExactly(added, ids.get(1), ids.get(0));
        assertThat(index.search().search("words", HistoryFilter.ANY).ids()).containsExactly(ids.get(0));
        f.settle();
        index.refresh();
        assertThat(open().lastReport().read()).isZero();
    }

    @Test
    void aChangeWithinTheSameClockTickAndSizeIsNotMissed() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes("alpha").write();
        Path notes = f.repository.folder(id).resolve("notes.md");
        var tick = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() / 1000 * 1000);
        Files.setLastModifiedTime(notes, tick);
        HistoryIndex index = open();

        Files.writeString(notes, "omega");
        Files.setLastModifiedTime(notes, tick);
        index.refresh();

        assertThat(index.search().search("omega", HistoryFilter.ANY).ids()).containsExactly(id);
    }

    @Test
    void gradesSavedLaterAndRepairedSessionsShowUpOnRefresh() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).write();
        Path torn = f.layout.sessions().resolve("20260301-080000-q");
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("session.json"), "{");
        HistoryIndex index = open();
        assertThat(index.damaged()).hasSize(1);

        Files.copy(f.repository.folder(id).resolve("session.json"), torn.resolve("session.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        f.repository.saveField(id, GradeHistoryJson.FIELD, JsonNodeFactory.instance.objectNode().put("version", 1)
                .set("scorecards", JsonNodeFactory.instance.arrayNode()));
        index.refresh();

        assertThat(index.damaged()).isEmpty();
        assertThat(index.summaries()).hasSize(2);
    }

    @Test
    void aCacheThatCannotBeWrittenStillLeavesAWorkingHistory() throws Exception {
        threeSessions(fixture());
        Path cache = HistoryIndex.cacheFile(fixture().layout);
        Files.createDirectories(cache.resolve("in-the-way"));

        HistoryIndex index = open();

        assertThat(index.summaries()).hasSize(3);
        assertThat(index.lastReport().cacheWriteProblem()).isPresent();
        assertThat(index.search().search("try", HistoryFilter.ANY).sessions()).hasSize(2);
    }
}
