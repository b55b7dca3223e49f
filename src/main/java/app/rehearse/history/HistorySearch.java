package app.rehearse.history;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * @param words per session, its distinct normalised words separated by single spaces
     */
    static HistorySearch build(List<SessionSummary> sessions, List<String> words, List<DamagedEntry> damaged, ZoneId zone) {
        Map<String, Postings> index = new HashMap<>(Math.max(16, sessions.size() * 8));
        for (int doc = 0; doc < sessions.size(); doc++) {
            String text = words.get(doc);
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf(' ', start);
                if (end < 0) {
                    end = text.length();
                }
                if (end > start) {
                    index.computeIfAbsent(text.substring(start, end), w -> new Postings()).add(doc);
                }
                start = end + 1;
            }
        }
        String[] sorted = index.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        int[][] postings = new int[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            postings[i] = index.get(sorted[i]).toArray();
        }
        return new HistorySearch(List.copyOf(sessions), List.copyOf(damaged), zone, sorted, postings);
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

    /** A growable list of ascending session numbers. */
    private static final class Postings {
        private int[] docs = new int[4];
        private int size;

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        int[] toArray() {
            return Arrays.copyOf(docs, size);
        }
    }
}
