package app.rehearse.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user typed, as words that must all match (in any of title, tags, competency, notes
 * or grade notes). The last word matches as a prefix while it is still being typed, so results
 * appear with every keystroke; a trailing space marks it complete.
 *
 * @param words words that must match a whole word
 * @param prefix the word being typed, matching any word that starts with it
 */
public record SearchQuery(List<String> words, Optional<String> prefix) {
    public static final SearchQuery EVERYTHING = new SearchQuery(List.of(), Optional.empty());

    public SearchQuery {
        words = List.copyOf(words);
    }

    public static SearchQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return EVERYTHING;
        }
        List<String> words = new ArrayList<>();
        int[] lastEnd = {-1};
        Tokens.scan(typed, (start, end, word) -> {
            words.add(word);
            lastEnd[0] = end;
        });
        if (words.isEmpty()) {
            return EVERYTHING;
        }
        if (lastEnd[0] == typed.length()) {
            String last = words.remove(words.size() - 1);
            return new SearchQuery(words.stream().distinct().toList(), Optional.of(last));
        }
        return new SearchQuery(words.stream().distinct().toList(), Optional.empty());
    }

    public boolean isEmpty() {
        return words.isEmpty() && prefix.isEmpty();
    }

    /** Whether a normalised word satisfies one of the query's words. */
    boolean matchesWord(String word) {
        return words.contains(word) || prefix.map(word::startsWith).orElse(false);
    }

    /**
     * Where the query's words occur in {@code text} (notes, a title, grade notes), in order, so a
     * review can highlight them; whole words are marked, also for the prefix being typed.
     */
    public List<Span> spansIn(String text) {
        if (isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        Tokens.scan(text, (start, end, word) -> {
            if (matchesWord(word)) {
                spans.add(new Span(start, end));
            }
        });
        return List.copyOf(spans);
    }
}
