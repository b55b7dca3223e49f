package app.rehearse.history;

import app.rehearse.storage.AtomicFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code history-index.json}: a disposable copy of what the index read from each session
 * folder, keyed by folder name, with the stamps of the files it came from. It is only ever a
 * shortcut: a missing, damaged or other-version cache means "read the folders again", and a
 * damaged entry means "read that folder again". Shape:
 * <pre>{@code
 * { "version": 1, "words": ["a", "cache", ...],
 *   "sessions": { "20260302-090000-url-shortener": {
 *       "session": [size, modifiedMicros], "notes": [size, modifiedMicros],
 *       "summary": { ... }, "words": "<word numbers, delta varints, Base64>" },
 *     "20260301-080000-torn": { "session": [...], "notes": [...], "damaged": "reason" } } }
 * }</pre>
 */
final class IndexCache {
    /** Bump whenever what a summary holds, or how a score or words are computed, changes. */
    static final int VERSION = 3;
    /** Folder names are keys: thousands of one-off names, so canonicalising (interning) them would only cost time. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private IndexCache() {}

    /** The cached entries and the vocabulary their word numbers refer to, or why there are none usable. */
    record Loaded(Map<String, IndexEntry> entries, Vocabulary vocabulary, Optional<String> problem) {
        static Loaded none(String problem) {
            return new Loaded(Map.of(), new Vocabulary(), Optional.of(problem));
        }
    }

    private record Cached(String name, FileStamp session, FileStamp notes, SessionSummary summary, String words,
            String damaged) {}

    static Loaded read(Path file, Path sessions) {
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            SummaryJson.expect(p.nextToken() == JsonToken.START_OBJECT, "cache");
            long version = -1;
            List<String> words = null;
            List<Cached> cached = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "version" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getLongValue() != VERSION) {
                            return Loaded.none("index cache has another version");
                        }
                        version = VERSION;
                    }
                    case "words" -> words = SummaryJson.strings(p);
                    case "sessions" -> readSessions(p, sessions, cached);
                    default -> p.skipChildren();
                }
            }
            if (version != VERSION || words == null) {
                return Loaded.none("index cache has another version or shape");
            }
            Map<String, IndexEntry> entries = new HashMap<>(cached.size() * 2);
            for (Cached c : cached) {
                try {
                    entries.put(c.name(), c.damaged() != null ? new IndexEntry.Damaged(c.name(), c.session(), c.notes(), c.damaged())
                            : new IndexEntry.Readable(c.name(), c.session(), c.notes(), c.summary(),
                                    Vocabulary.decode(c.words(), words.size())));
                } catch (RuntimeException e) {
                    // One bad entry only costs re-reading its folder.
                }
            }
            return new Loaded(entries, new Vocabulary(words), Optional.empty());
        } catch (NoSuchFileException e) {
            return Loaded.none("no index cache yet");
        } catch (IOException | RuntimeException e) {
            return Loaded.none("index cache unreadable: " + firstLine(e.getMessage()));
        }
    }

    private static void readSessions(JsonParser p, Path sessions, List<Cached> out) throws IOException {
        SummaryJson.expect(p.currentToken() == JsonToken.START_OBJECT, "sessions");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            SummaryJson.expect(p.nextToken() == JsonToken.START_OBJECT, "session entry");
            FileStamp session = null;
            FileStamp notes = null;
            SessionSummary summary = null;
            String words = null;
            String damaged = null;
            boolean bad = false;
            JsonStreamContext entry = p.getParsingContext();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                try {
                    switch (field) {
                        case "session" -> session = stamp(p);
                        case "notes" -> notes = stamp(p);
                        case "summary" -> summary = SummaryJson.read(p, name, sessions.resolve(name));
                        case "words" -> words = p.getValueAsString();
                        case "damaged" -> damaged = p.getValueAsString();
                        default -> p.skipChildren();
                    }
                } catch (IllegalArgumentException e) {
                    bad = true;
                    skipOutTo(entry, p);
                }
            }
            boolean complete = session != null && notes != null && (damaged != null || summary != null && words != null);
            if (!bad && complete) {
                out.add(new Cached(name, session, notes, summary, words, damaged));
            }
        }
    }

    /** After a malformed value, moves on to where the entry continues, so the other entries can still be read. */
    private static void skipOutTo(JsonStreamContext entry, JsonParser p) throws IOException {
        while (p.getParsingContext() != entry) {
            if (p.nextToken() == null) {
                throw new IOException("unexpected end of cache");
            }
        }
    }

    private static FileStamp stamp(JsonParser p) throws IOException {
        SummaryJson.expect(p.currentToken() == JsonToken.START_ARRAY, "stamp");
        SummaryJson.expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "stamp");
        long size = p.getLongValue();
        SummaryJson.expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "stamp");
        long modified = p.getLongValue();
        SummaryJson.expect(p.nextToken() == JsonToken.END_ARRAY, "stamp");
        return new FileStamp(size, modified);
    }

    /** Writes the entries with a vocabulary of only the words they use, sorted, so the cache never accumulates garbage. */
    static void write(Path file, Collection<IndexEntry> entries, String[] vocabulary) throws IOException {
        boolean[] used = new boolean[vocabulary.length];
        for (IndexEntry e : entries) {
            if (e instanceof IndexEntry.Readable r) {
                for (int id : r.words()) {
                    used[id] = true;
                }
            }
        }
        Integer[] kept = IntStream.range(0, vocabulary.length).filter(i -> used[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(kept, Comparator.comparing(i -> vocabulary[i]));
        int[] renumber = new int[vocabulary.length];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("words");
            for (int i = 0; i < kept.length; i++) {
                renumber[kept[i]] = i;
                g.writeString(vocabulary[kept[i]]);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sessions");
            for (IndexEntry e : entries) {
                g.writeObjectFieldStart(e.name());
                stamp(g, "session", e.session());
                stamp(g, "notes", e.notes());
                if (e instanceof IndexEntry.Readable r) {
                    g.writeFieldName("summary");
                    SummaryJson.write(g, r.summary());
                    int[] ids = new int[r.words().length];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = renumber[r.words()[i]];
                    }
                    Arrays.sort(ids);
                    g.writeStringField("words", Vocabulary.encode(ids));
                } else if (e instanceof IndexEntry.Damaged d) {
                    g.writeStringField("damaged", d.reason());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void stamp(JsonGenerator g, String field, FileStamp stamp) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeNumber(stamp.size());
        g.writeNumber(stamp.modifiedMicros());
        g.writeEndArray();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
