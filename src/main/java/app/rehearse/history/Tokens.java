package app.rehearse.history;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into words for search: runs of letters and digits, lower-cased with accents
 * removed, so "Café" and "cafe" match. The index and the highlighter use the same rules, so
 * whatever matched a session is also what gets highlighted in it.
 */
final class Tokens {
    /** Longer words (pasted hashes, base64) are cut so they cannot bloat the index. */
    static final int MAX_LENGTH = 48;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Receives each word with where it stands in the original text. */
    interface Sink {
        void word(int start, int end, String normalised);
    }

    private Tokens() {}

    static void scan(CharSequence text, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                cp = Character.codePointAt(text, i);
                if (!isWordChar(cp)) {
                    break;
                }
                ascii &= cp < 128;
                i += Character.charCount(cp);
            }
            String word = normalise(text.subSequence(start, i).toString(), ascii);
            if (!word.isEmpty()) {
                sink.word(start, i, word);
            }
        }
    }

    /** The distinct words of all the texts, in first-seen order. */
    static Set<String> distinct(Collection<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            scan(text, (start, end, word) -> words.add(word));
        }
        return words;
    }

    static String normalise(String word) {
        boolean ascii = word.chars().allMatch(c -> c < 128);
        return normalise(word, ascii);
    }

    private static String normalise(String word, boolean ascii) {
        String lower;
        if (ascii) {
            lower = word.toLowerCase(Locale.ROOT);
        } else {
            lower = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
        }
        return lower.length() > MAX_LENGTH ? lower.substring(0, MAX_LENGTH) : lower;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
