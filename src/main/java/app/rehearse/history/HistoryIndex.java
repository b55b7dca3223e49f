package app.rehearse.history;

import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every past session, summarised, kept fast to open with a cache ({@code history-index.json})
 * that is only ever a shortcut: the session folders are the truth. On open and on
 * {@link #refresh()} only folders that are new, gone, or whose {@code session.json} or
 * {@code notes.md} changed size or time are read. Deleting or damaging the cache just means
 * a full rebuild. Folders that cannot be read are listed as {@link DamagedEntry}s, never hidden.
 *
 * <p>Refresh on a background thread; the read methods return immutable snapshots and may be
 * called from any thread at any time.
 */
public final class HistoryIndex {
    public static final String CACHE_FILE = "history-index.json";
    /**
     * A file changed less than this long before it was read may change again within the same
     * timestamp tick (coarse clocks on some file systems), so its entry is read again next time.
     */
    static final long SETTLE_MICROS = 2_000_000;
    /** Above this many folders to read, reading is spread over the available cores. */
    private static final int PARALLEL_THRESHOLD = 64;
    private static final Logger LOG = Logger.getLogger(HistoryIndex.class.getName());

    private final DataLayout layout;
    private final SessionRepository repository;
    private final ZoneId zone;
    private Map<String, IndexEntry> entries = Map.of();
    private Vocabulary vocabulary = new Vocabulary();
    private volatile State state;
    private RefreshReport lastReport;

    private record State(List<SessionSummary> summaries, Map<String, SessionSummary> byId, List<DamagedEntry> damaged,
            HistorySearch search) {}

    /** A session folder with the stamps of its files, taken before anything is read from them. */
    private record Pending(String name, FileStamp session, FileStamp notes) {}

    private HistoryIndex(DataLayout layout, ZoneId zone) {
        this.layout = layout;
        this.zone = zone;
        this.repository = new SessionRepository(layout.sessions(), layout.trash(), zone);
    }

    /** Opens the history in the system time zone. */
    public static HistoryIndex open(DataLayout layout) throws IOException {
        return open(layout, ZoneId.systemDefault());
    }

    /**
     * Opens the history: reads the cache, then brings it up to date with the session folders.
     *
     * @param zone the zone in which dates are filtered and days counted
     * @throws IOException only when the sessions folder itself cannot be listed
     */
    public static HistoryIndex open(DataLayout layout, ZoneId zone) throws IOException {
        HistoryIndex index = new HistoryIndex(layout, zone);
        // Both on the caller's thread (the app's I/O thread): the folders first, then the cache.
        List<Pending> found = index.stampAll();
        IndexCache.Loaded cached = IndexCache.read(cacheFile(layout), layout.sessions());
        cached.problem().ifPresent(p -> LOG.fine(() -> "rebuilding the history index: " + p));
        index.vocabulary = cached.vocabulary();
        index.update(cached.entries(), found, cached.problem());
        return index;
    }

    public static Path cacheFile(DataLayout layout) {
        return layout.root().resolve(CACHE_FILE);
    }

    /** Re-checks every folder's stamps and reads those that changed; call after sessions are saved, trashed or restored. */
    public synchronized RefreshReport refresh() throws IOException {
        return update(entries, stampAll(), Optional.empty());
    }

    /** Every session folder with the current stamps of its files. */
    private List<Pending> stampAll() throws IOException {
        List<String> names = folderNames();
        var stamping = names.size() > PARALLEL_THRESHOLD ? names.parallelStream() : names.stream();
        return stamping.map(this::stamp).filter(Optional::isPresent).map(Optional::get).toList();
    }

    private synchronized RefreshReport update(Map<String, IndexEntry> known, List<Pending> found,
            Optional<String> cacheProblem) {
        Map<String, IndexEntry> next = new HashMap<>(Math.max(16, known.size() * 2));
        List<Pending> toRead = new ArrayList<>();
        int reused = 0;
        for (Pending now : found) {
            IndexEntry old = known.get(now.name());
            if (old != null && old.readFrom(now.session(), now.notes())) {
                next.put(now.name(), old);
                reused++;
            } else {
                toRead.add(now);
            }
        }
        var reading = toRead.size() > PARALLEL_THRESHOLD ? toRead.parallelStream() : toRead.stream();
        long settled = System.currentTimeMillis() * 1000 - SETTLE_MICROS;
        List<IndexEntry> read = reading.map(p -> SummaryReader.read(repository, vocabulary, p.name(), p.session(), p.notes()))
                .map(e -> e.session().modifiedMicros() > settled || e.notes().modifiedMicros() > settled ? e.unsettled() : e)
                .toList();
        read.forEach(e -> next.put(e.name(), e));
        int removed = (int) known.keySet().stream().filter(name -> !next.containsKey(name)).count();
        Optional<String> writeProblem = Optional.empty();
        boolean changed = !read.isEmpty() || removed > 0;
        String[] words = vocabulary.snapshot();
        if (changed || cacheProblem.isPresent()) {
            writeProblem = saveCache(next, words);
        }
        if (changed || state == null) {
            entries = next;
            state = stateOf(next, words);
        }
        lastReport = new RefreshReport(reused, read.size(), removed, cacheProblem, writeProblem);
        return lastReport;
    }

    private List<String> folderNames() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(layout.sessions())) {
            if (Files.exists(layout.sessions())) {
                throw new NotDirectoryException(layout.sessions() + " is a file, not the folder Rehearse keeps your"
                        + " sessions in; move it away and reopen the app");
            }
            return names;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(layout.sessions())) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The stamps of a folder's files; empty when the name is not a folder at all (a stray file). */
    private Optional<Pending> stamp(String name) {
        Path folder = layout.sessions().resolve(name);
        try {
            return Optional.of(new Pending(name, FileStamp.of(folder.resolve(SessionRepository.SESSION_FILE)),
                    FileStamp.of(folder.resolve(SessionRepository.NOTES_FILE))));
        } catch (IOException e) {
            return Files.isDirectory(folder)
                    ? Optional.of(new Pending(name, FileStamp.UNREADABLE, FileStamp.UNREADABLE)) : Optional.empty();
        }
    }

    private Optional<String> saveCache(Map<String, IndexEntry> next, String[] words) {
        try {
            IndexCache.write(cacheFile(layout), next.values(), words);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the history index; it will be rebuilt next time", e);
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private State stateOf(Map<String, IndexEntry> next, String[] words) {
        List<IndexEntry.Readable> readable = new ArrayList<>();
        List<DamagedEntry> damaged = new ArrayList<>();
        for (IndexEntry e : next.values()) {
            if (e instanceof IndexEntry.Readable r) {
                readable.add(r);
            } else if (e instanceof IndexEntry.Damaged d) {
                damaged.add(new DamagedEntry(layout.sessions().resolve(d.name()), d.reason()));
            }
        }
        Comparator<SessionSummary> newest = HistorySort.NEWEST_FIRST.comparator();
        readable.sort((a, b) -> newest.compare(a.summary(), b.summary()));
        List<SessionSummary> summaries = readable.stream().map(IndexEntry.Readable::summary).toList();
        Map<String, SessionSummary> byId = new HashMap<>();
        summaries.forEach(s -> byId.put(s.id(), s));
        HistorySearch search = HistorySearch.build(summaries, readable.stream().map(IndexEntry.Readable::words).toList(),
                words, damaged, zone);
        return new State(summaries, Map.copyOf(byId), List.copyOf(damaged), search);
    }

    /** Every readable session, newest first. */
    public List<SessionSummary> summaries() {
        return state.summaries();
    }

    /** Session folders that could not be read, by folder name, each with the reason. */
    public List<DamagedEntry> damaged() {
        return state.damaged();
    }

    public Optional<SessionSummary> summary(String id) {
        return Optional.ofNullable(state.byId().get(id));
    }

    /** Every attempt at one question, oldest first, for comparing them side by side. */
    public List<SessionSummary> attempts(String questionId) {
        return state.summaries().stream().filter(s -> s.questionId().equals(questionId))
                .sorted(Comparator.comparing(SessionSummary::createdAt).thenComparing(SessionSummary::id)).toList();
    }

    /** Search over the current state; a new one is built whenever a refresh finds changes. */
    public HistorySearch search() {
        return state.search();
    }

    public ProgressStats progress() {
        return ProgressStats.of(state.summaries(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public synchronized RefreshReport lastReport() {
        return lastReport;
    }
}
