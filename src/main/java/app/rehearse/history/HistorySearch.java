package app.rehearse.history;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Instant search over one state of the history: an inverted index from each normalised word
 * to the sessions containing it, with the words kept sorted so the word being typed matches
 * by prefix with a binary search. Immutable and safe to use from any thread; the index builds
 * a new one whenever the history changes.
 */
public final class HistorySearch {
    private final List<SessionSummary> sessions;
    private final List<DamagedEntry> damaged;
    private final ZoneId zone;
    private final String[] words;
    private final int[][] postings;
    private final Map<HistorySort, int[]> orders = new ConcurrentHashMap<>();

    private HistorySearch(List<SessionSummary> sessions, List<DamagedEntry> damaged, ZoneId zone, String[] words,
            int[][] postings) {
        this.sessions = sessions;
        this.damaged = damaged;
        this.zone = zone;
        this.words = words;
        this.postings = postings;
    }

    /**
     * @param sessions the sessions, in any order
     * @param wordIds per session, the numbers of its distinct words in {@code vocabulary}
     */
    static HistorySearch build(List<SessionSummary> sessions, List<int[]> wordIds, String[] vocabulary,
            List<DamagedEntry> damaged, ZoneId zone) {
        int[] counts = new int[vocabulary.length];
        for (int[] ids : wordIds) {
            for (int id : ids) {
                counts[id]++;
            }
        }
        Integer[] used = IntStream.range(0, vocabulary.length).filter(i -> counts[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(used, Comparator.comparing(i -> vocabulary[i]));
        String[] sorted = new String[used.length];
        int[][] postings = new int[used.length][];
        int[] rank = new int[vocabulary.length];
        for (int r = 0; r < used.length; r++) {
            sorted[r] = vocabulary[used[r]];
            postings[r] = new int[counts[used[r]]];
            rank[used[r]] = r;
        }
        int[] filled = new int[used.length];
        for (int doc = 0; doc < wordIds.size(); doc++) {
            for (int id : wordIds.get(doc)) {
                int r = rank[id];
                postings[r][filled[r]++] = doc;
            }
        }
        return new HistorySearch(List.copyOf(sessions), List.copyOf(damaged), zone, sorted, postings);
    }

    /** Builds from each session's words as text (for tests and tools; the index keeps word numbers instead). */
    static HistorySearch fromWords(List<SessionSummary> sessions, List<? extends Collection<String>> words,
            List<DamagedEntry> damaged, ZoneId zone) {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> ids = words.stream().map(w -> vocabulary.ids(new java.util.LinkedHashSet<>(w))).toList();
        return build(sessions, ids, vocabulary.snapshot(), damaged, zone);
    }

    public SearchResult search(String typed, HistoryFilter filter) {
        return search(SearchQuery.parse(typed), filter, HistorySort.NEWEST_FIRST);
    }

    public SearchResult search(String typed, HistoryFilter filter, HistorySort sort) {
        return search(SearchQuery.parse(typed), filter, sort);
    }

    public SearchResult search(SearchQuery query, HistoryFilter filter, HistorySort sort) {
        BitSet hits = query.isEmpty() ? null : matching(query);
        List<SessionSummary> found = new ArrayList<>();
        for (int doc : order(sort)) {
            if ((hits == null || hits.get(doc)) && filter.matches(sessions.get(doc), zone)) {
                found.add(sessions.get(doc));
            }
        }
        List<DamagedEntry> damagedFound = filter.isAny() ? damaged.stream()
                .filter(d -> query.isEmpty() || matchesAll(query, d.id() + " " + d.reason())).toList() : List.of();
        return new SearchResult(found, damagedFound, query);
    }

    /** The number of distinct words indexed (for diagnostics and benchmarks). */
    public int vocabularySize() {
        return words.length;
    }

    private BitSet matching(SearchQuery query) {
        BitSet result = null;
        for (String word : query.words()) {
            int at = Arrays.binarySearch(words, word);
            BitSet docs = new BitSet(sessions.size());
            if (at >= 0) {
                for (int doc : postings[at]) {
                    docs.set(doc);
                }
            }
            result = and(result, docs);
        }
        if (query.prefix().isPresent()) {
            String prefix = query.prefix().get();
            BitSet docs = new BitSet(sessions.size());
            int at = Arrays.binarySearch(words, prefix);
            for (int i = at >= 0 ? at : -at - 1; i < words.length && words[i].startsWith(prefix); i++) {
                for (int doc : postings[i]) {
                    docs.set(doc);
                }
            }
            result = and(result, docs);
        }
        return result;
    }

    private static BitSet and(BitSet so, BitSet more) {
        if (so == null) {
            return more;
        }
        so.and(more);
        return so;
    }

    private int[] order(HistorySort sort) {
        return orders.computeIfAbsent(sort, s -> {
            Integer[] docs = new Integer[sessions.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = i;
            }
            var byRow = s.comparator();
            Arrays.sort(docs, (a, b) -> byRow.compare(sessions.get(a), sessions.get(b)));
            return Arrays.stream(docs).mapToInt(Integer::intValue).toArray();
        });
    }

    private static boolean matchesAll(SearchQuery query, String text) {
        var found = Tokens.distinct(List.of(text));
        return query.words().stream().allMatch(found::contains)
                && query.prefix().map(p -> found.stream().anyMatch(w -> w.startsWith(p))).orElse(true);
    }
}
