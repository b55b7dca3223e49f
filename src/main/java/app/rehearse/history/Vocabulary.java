package app.rehearse.history;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word seen in the history, each with a number, so a session's words are kept (and cached)
 * as a small array of numbers rather than as text: the cache stays small and the search index
 * is built from numbers without hashing a single string. Numbers only grow while the index is open.
 */
final class Vocabulary {
    private final List<String> words;
    private final Map<String, Integer> ids;

    Vocabulary() {
        this(List.of());
    }

    Vocabulary(List<String> known) {
        this.words = new ArrayList<>(known);
        this.ids = new HashMap<>(Math.max(16, known.size() * 2));
        for (int i = 0; i < known.size(); i++) {
            ids.put(known.get(i), i);
        }
    }

    synchronized int[] ids(Collection<String> distinctWords) {
        int[] out = new int[distinctWords.size()];
        int i = 0;
        for (String word : distinctWords) {
            Integer id = ids.get(word);
            if (id == null) {
                id = words.size();
                words.add(word);
                ids.put(word, id);
            }
            out[i++] = id;
        }
        Arrays.sort(out);
        return out;
    }

    /** The words so far, indexed by number; later numbers never change earlier ones. */
    synchronized String[] snapshot() {
        return words.toArray(new String[0]);
    }

    /** Sorted word numbers as deltas in variable-length bytes, in Base64: typically about one character per word. */
    static String encode(int[] sortedIds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sortedIds.length + 8);
        int previous = 0;
        for (int id : sortedIds) {
            int delta = id - previous;
            previous = id;
            while ((delta & ~0x7F) != 0) {
                bytes.write((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            bytes.write(delta);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    static int[] decode(String encoded, int vocabularySize) {
        byte[] bytes = Base64.getDecoder().decode(encoded);
        int[] out = new int[bytes.length];
        int n = 0;
        int previous = 0;
        int i = 0;
        while (i < bytes.length) {
            int delta = 0;
            int shift = 0;
            byte b;
            do {
                if (i >= bytes.length || shift > 28) {
                    throw new IllegalArgumentException("truncated word list");
                }
                b = bytes[i++];
                delta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            previous += delta;
            if (previous < 0 || previous >= vocabularySize) {
                throw new IllegalArgumentException("word number out of range");
            }
            out[n++] = previous;
        }
        return Arrays.copyOf(out, n);
    }
}
