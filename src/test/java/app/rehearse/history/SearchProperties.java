package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SearchProperties {
    private static final List<String> VOCABULARY = List.of("cache", "cached", "caching", "queue", "quorum", "shard",
            "shards", "sharding", "replica", "raft", "paxos", "latency", "lat");

    @Property(tries = 300)
    void theIndexFindsExactlyWhatAScanOfEverySessionFinds(@ForAll("documents") @Size(max = 30) List<List<String>> docs,
            @ForAll("typed") String typed) {
        List<SessionSummary> sessions = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            sessions.add(Summaries.of("s" + i, "T", QuestionType.TRADE_OFF, List.of(), Instant.ofEpochSecond(i * 1000L),
                    OptionalInt.empty()));
            words.add(Tokens.distinct(docs.get(i)));
        }
        HistorySearch search = HistorySearch.fromWords(sessions, words, List.of(), ZoneOffset.UTC);
        SearchQuery query = SearchQuery.parse(typed);

        List<String> expected = new ArrayList<>();
        for (int i = docs.size() - 1; i >= 0; i--) {
            Set<String> doc = Tokens.distinct(docs.get(i));
            boolean all = query.words().stream().allMatch(doc::contains)
                    && query.prefix().map(p -> doc.stream().anyMatch(w -> w.startsWith(p))).orElse(true);
            if (all) {
                expected.add("s" + i);
            }
        }
        assertThat(search.search(query, HistoryFilter.ANY, HistorySort.NEWEST_FIRST).ids()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of(VOCABULARY).flatMap(w -> Arbitraries.of(w, w.toUpperCase(), w + ",")).list().ofMaxSize(6).list();
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> word = Arbitraries.of(VOCABULARY).map(w -> w.substring(0, 1 + w.length() / 2))
                .injectDuplicates(0.1);
        Arbitrary<String> whole = Arbitraries.of(VOCABULARY);
        return Arbitraries.oneOf(word, whole).list().ofMaxSize(3)
                .flatMap(parts -> Arbitraries.of("", " ").map(end -> String.join(" ", parts) + end));
    }
}
