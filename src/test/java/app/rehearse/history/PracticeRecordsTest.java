package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionType;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.RubricLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeRecordsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    /** A finished session on the question titled {@code title} (its id is "q-" and the title in kebab case). */
    private static SessionSummary session(String id, String title, Instant at, OptionalInt score) {
        return Summaries.of(id, title, QuestionType.SYSTEM_DESIGN, List.of(), at, score);
    }

    private static SessionSummary unfinished(String id, String title, Instant at) {
        return Summaries.of(id, title, QuestionType.SYSTEM_DESIGN, List.of(), Optional.empty(), at, OptionalInt.empty(),
                Map.of(), false);
    }

    @Test
    void countsEverySessionOnAQuestionFinishedOrNot() {
        PracticeRecords records = PracticeRecords.of(List.of(
                session("a", "Limiter", MONDAY, OptionalInt.of(40)),
                unfinished("b", "Limiter", MONDAY.plus(Duration.ofDays(1))),
                session("c", "Feed", MONDAY, OptionalInt.empty()),
                session("d", "Limiter", MONDAY.plus(Duration.ofDays(2)), OptionalInt.empty())));

        assertThat(records.forQuestion("q-limiter").sessions()).isEqualTo(3);
        assertThat(records.forQuestion("q-feed").sessions()).isEqualTo(1);
        assertThat(records.byQuestion()).containsOnlyKeys("q-limiter", "q-feed");
    }

    @Test
    void bestIsTheHighestScoreAmongTheGradedSessionsOnly() {
        PracticeRecords records = PracticeRecords.of(List.of(
                session("a", "Limiter", MONDAY, OptionalInt.of(55)),
                session("b", "Limiter", MONDAY.plus(Duration.ofDays(1)), OptionalInt.empty()),
                session("c", "Limiter", MONDAY.plus(Duration.ofDays(2)), OptionalInt.of(82)),
                session("d", "Limiter", MONDAY.plus(Duration.ofDays(3)), OptionalInt.of(61))));

        assertThat(records.forQuestion("q-limiter").best()).hasValue(82);
    }

    @Test
    void aQuestionPractisedButNeverGradedHasNoBestWhileAZeroScoreIsABest() {
        PracticeRecords records = PracticeRecords.of(List.of(
                session("a", "Limiter", MONDAY, OptionalInt.empty()),
                unfinished("b", "Limiter", MONDAY.plusSeconds(60)),
                session("c", "Feed", MONDAY, OptionalInt.of(0))));

        assertThat(records.forQuestion("q-limiter").best()).isEmpty();
        assertThat(records.forQuestion("q-limiter").isPractised()).isTrue();
        assertThat(records.forQuestion("q-feed").best()).hasValue(0);
    }

    @Test
    void lastIsWhenTheMostRecentSessionBeganWhateverTheOrderOfTheList() {
        Instant latest = MONDAY.plus(Duration.ofDays(9));
        PracticeRecords records = PracticeRecords.of(List.of(
                session("a", "Limiter", MONDAY.plus(Duration.ofDays(3)), OptionalInt.empty()),
                unfinished("b", "Limiter", latest),
                session("c", "Limiter", MONDAY, OptionalInt.of(70))));

        assertThat(records.forQuestion("q-limiter").last()).contains(latest);
    }

    @Test
    void aQuestionWithoutSessionsWasNeverPractised() {
        PracticeRecords records = PracticeRecords.of(List.of(session("a", "Limiter", MONDAY, OptionalInt.of(50))));

        assertThat(records.forQuestion("q-other")).isEqualTo(PracticeRecord.NEVER);
        assertThat(PracticeRecord.NEVER.isPractised()).isFalse();
        assertThat(PracticeRecord.NEVER.best()).isEmpty();
        assertThat(PracticeRecord.NEVER.last()).isEmpty();
        assertThat(PracticeRecords.NONE.forQuestion("q-limiter")).isEqualTo(PracticeRecord.NEVER);
        assertThat(PracticeRecords.of(List.of()).byQuestion()).isEmpty();
    }

    @Test
    void fromTheIndexDamagedFoldersAreNotCountedAndARegradedSessionCountsWithItsLatestGrade() throws Exception {
        SessionFixture f = new SessionFixture(home);
        var shortener = SessionFixture.design("url-shortener", "URL shortener", "storage");
        f.session(shortener, MONDAY).graded(RubricLevel.SOLID, ChecklistLevel.REASONED, "fine").write();
        String regraded = f.session(shortener, MONDAY.plus(Duration.ofDays(1)))
                .graded(RubricLevel.WEAK, ChecklistLevel.REASONED, "harsher second look")
                .regradedFrom(RubricLevel.STRONG).write();
        Path torn = f.layout.sessions().resolve("20260310-090000-url-shortener");
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("session.json"), "{\"version\": 1, \"id\": ");
        f.settle();
        HistoryIndex index = HistoryIndex.open(f.layout, ZoneOffset.UTC);
        SessionSummary first = index.attempts("url-shortener").get(0);
        SessionSummary second = index.summary(regraded).orElseThrow();
        assertThat(index.damaged()).hasSize(1);
        assertThat(second.score().getAsInt()).isLessThan(first.score().getAsInt());

        PracticeRecord record = PracticeRecords.of(index.summaries()).forQuestion("url-shortener");

        assertThat(record.sessions()).isEqualTo(2);
        assertThat(record.best()).isEqualTo(first.score());
        assertThat(record.last()).contains(MONDAY.plus(Duration.ofDays(1)));
    }
}
