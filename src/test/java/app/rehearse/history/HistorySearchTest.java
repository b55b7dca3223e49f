package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionType;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.RubricLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorySearchTest {
    @TempDir
    Path home;

    private HistorySearch search;
    private String shortener;
    private String feed;
    private String conflict;

    @BeforeEach
    void writeSessions() throws Exception {
        SessionFixture f = new SessionFixture(home);
        Instant day = SessionFixture.DAY_ONE;
        shortener = f.session(SessionFixture.design("url-shortener", "URL shortener", "storage", "caching"), day)
                .notes("Read-heavy. Put a Cache in front of the key-value store.\nHot keys: replicate.")
                .graded(RubricLevel.STRONG, ChecklistLevel.REASONED_WITH_TRIGGER, "Good estimates, weak on invalidation")
                .write();
        feed = f.session(SessionFixture.design("news-feed", "News feed", "fan-out"), day.plus(Duration.ofDays(3)))
                .notes("Fan-out on write for most users; pull for celebrities. Café owners too.")
                .graded(RubricLevel.WEAK, ChecklistLevel.MENTIONED, "forgot the cache").write();
        conflict = f.session(SessionFixture.question("disagree", QuestionType.BEHAVIORAL, "Disagree and commit",
                List.of("conflict"), Optional.of("influence"), List.of("autonomy-vs-alignment")), day.plus(Duration.ofDays(7)))
                .notes("Situation: the storage migration. I wrote a one-pager.").write();
        search = HistoryIndex.open(f.layout, ZoneOffset.UTC).search();
    }

    private List<String> ids(String typed) {
        return search.search(typed, HistoryFilter.ANY).ids();
    }

    @Test
    void findsSessionsByWordsInTitlesTagsCompetenciesNotesAndGradeNotes() {
        assertThat(ids("shortener")).containsExactly(shortener);
        assertThat(ids("fan-out")).containsExactly(feed);
        assertThat(ids("influence")).containsExactly(conflict);
        assertThat(ids("celebrities")).containsExactly(feed);
        assertThat(ids("invalidation")).containsExactly(shortener);
        assertThat(ids("storage")).containsExactly(conflict, shortener);
    }

    @Test
    void everyWordMustMatchSomewhereInTheSession() {
        assertThat(ids("cache hot")).containsExactly(shortener);
        assertThat(ids("cache celebrities")).containsExactly(feed);
        assertThat(ids("cache influence")).isEmpty();
    }

    @Test
    void theWordBeingTypedMatchesAsAPrefixUntilASpaceEndsIt() {
        assertThat(ids("c")).containsExactly(conflict, feed, shortener);
        assertThat(ids("cach")).containsExactly(feed, shortener);
        assertThat(ids("cache")).containsExactly(feed, shortener);
        assertThat(ids("cach ")).isEmpty();
        assertThat(ids("celeb")).containsExactly(feed);
        assertThat(ids("celeb ")).isEmpty();
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(ids("CACHE")).containsExactly(feed, shortener);
        assertThat(ids("cafe")).containsExactly(feed);
        assertThat(ids("Café")).containsExactly(feed);
        assertThat(ids("  key,value! ")).containsExactly(shortener);
        assertThat(ids("   ")).containsExactly(conflict, feed, shortener);
    }

    @Test
    void filtersByTypeTagDateRangeAndScoreRange() {
        HistoryFilter any = HistoryFilter.ANY;
        assertThat(search.search("", any.withType(Optional.of(QuestionType.BEHAVIORAL))).ids()).containsExactly(conflict);
        assertThat(search.search("", any.withTags(Set.of("caching", "conflict"))).ids()).containsExactly(conflict, shortener);
        LocalDate first = LocalDate.of(2026, 3, 2);
        assertThat(search.search("", any.withDates(Optional.of(first.plusDays(1)), Optional.of(first.plusDays(3)))).ids())
                .containsExactly(feed);
        assertThat(search.search("", any.withDates(Optional.empty(), Optional.of(first))).ids()).containsExactly(shortener);
        int high = search.search("shortener", any).sessions().get(0).score().getAsInt();
        assertThat(search.search("", any.withScores(OptionalInt.of(high), OptionalInt.of(100))).ids())
                .containsExactly(shortener);
        assertThat(search.search("", any.withScores(OptionalInt.of(0), OptionalInt.of(100))).ids())
                .containsExactly(feed, shortener);
        assertThat(search.search("cache", any.withType(Optional.of(QuestionType.SYSTEM_DESIGN))
                .withDates(Optional.of(first.plusDays(1)), Optional.empty())).ids()).containsExactly(feed);
    }

    @Test
    void sortsByTheChosenColumnWithUngradedSessionsLastEitherWay() {
        HistorySort byScoreUp = new HistorySort(HistorySort.Key.SCORE, true);
        HistorySort byScoreDown = new HistorySort(HistorySort.Key.SCORE, false);
        assertThat(search.search("", HistoryFilter.ANY, byScoreUp).ids()).containsExactly(feed, shortener, conflict);
        assertThat(search.search("", HistoryFilter.ANY, byScoreDown).ids()).containsExactly(shortener, feed, conflict);
        assertThat(search.search("", HistoryFilter.ANY, new HistorySort(HistorySort.Key.TITLE, true)).ids())
                .containsExactly(conflict, feed, shortener);
        assertThat(search.search("", HistoryFilter.ANY, new HistorySort(HistorySort.Key.DATE, true)).ids())
                .containsExactly(shortener, feed, conflict);
    }

    @Test
    void spansMarkEveryMatchingWordInTheNotes() {
        String notes = "Read-heavy. Put a Cache in front of the key-value store.\nHot keys: replicate.";
        SearchResult result = search.search("KEY cac", HistoryFilter.ANY);

        List<Span> spans = result.spansIn(notes);

        assertThat(spans).extracting(s -> notes.substring(s.start(), s.end())).containsExactly("Cache", "key");
        assertThat(SearchQuery.parse("").spansIn(notes)).isEmpty();
        assertThat(SearchQuery.parse("cafe").spansIn("Un café, s'il vous plaît")).containsExactly(new Span(3, 7));
    }

    @Test
    void damagedSessionsAreListedUnlessAFilterRestrictsFieldsTheyDoNotHave() throws Exception {
        Path torn = new SessionFixture(home).layout.sessions().resolve("20260301-080000-torn-session");
        java.nio.file.Files.createDirectories(torn);
        java.nio.file.Files.writeString(torn.resolve("session.json"), "{");
        HistorySearch withDamage = HistoryIndex.open(new SessionFixture(home).layout, ZoneOffset.UTC).search();

        assertThat(withDamage.search("", HistoryFilter.ANY).damaged()).extracting(DamagedEntry::id)
                .containsExactly("20260301-080000-torn-session");
        assertThat(withDamage.search("torn", HistoryFilter.ANY).damaged()).hasSize(1);
        assertThat(withDamage.search("cache", HistoryFilter.ANY).damaged()).isEmpty();
        assertThat(withDamage.search("", HistoryFilter.ANY.withTags(Set.of("storage"))).damaged()).isEmpty();
    }
}
