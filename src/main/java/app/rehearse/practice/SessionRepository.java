package app.rehearse.practice;

import app.rehearse.json.Jackson;
import app.rehearse.json.StoredJson;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.FileStamps;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Session folders under {@code sessions/}: {@code <yyyyMMdd-HHmmss>-<question-id>/} holding
 * {@code session.json} and {@code notes.md}, each written atomically. Deleting moves a folder
 * to {@code trash/}; nothing here ever removes a user's file.
 */
public final class SessionRepository {
    public static final String SESSION_FILE = "session.json";
    public static final String NOTES_FILE = "notes.md";
    private static final Logger LOG = Logger.getLogger(SessionRepository.class.getName());

    /** A session record is small; anything near this is not one. */
    public static final long MAX_RECORD_BYTES = 16L << 20;
    /** Notes beyond this open read-only: the text editor and autosave are not built for more. */
    public static final long MAX_NOTES_BYTES = 2L << 20;

    /** How a file's bytes are read; tests replace it to make one read fail. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path file, long cap) throws IOException;
    }

    private final Path sessions;
    private final Path trash;
    private final ZoneId zone;
    private final FileReader reader;
    private final Set<String> issued = new HashSet<>();

    public SessionRepository(Path sessions, Path trash, ZoneId zone) {
        this(sessions, trash, zone, UserFiles::read);
    }

    SessionRepository(Path sessions, Path trash, ZoneId zone, FileReader reader) {
        this.sessions = sessions;
        this.trash = trash;
        this.zone = zone;
        this.reader = reader;
    }

    /**
     * Names a new session without touching the disk (so it is safe on the UI thread): its folder
     * is created by the first save. Ids handed out in this process are never repeated.
     */
    public synchronized String newId(String questionId, Instant startedAt) {
        String base = FileStamps.of(startedAt.atZone(zone)) + "-" + safeName(questionId);
        String id = base;
        for (int n = 2; !issued.add(id) || Files.exists(folder(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public Path folder(String id) {
        return sessions.resolve(id);
    }

    /**
     * Writes notes, then the session record; each file is replaced atomically. Fields of the
     * record that belong to others (the grades, or a newer version's additions) are kept: when the
     * existing record cannot be read, the save fails (and the caller retries) rather than write a
     * record without them. Only a missing record means there is nothing to keep.
     */
    public void save(SessionSnapshot snapshot, String notes) throws IOException {
        Path folder = folder(snapshot.id());
        ObjectNode extras = extras(folder.resolve(SESSION_FILE));
        AtomicFiles.write(folder.resolve(NOTES_FILE), notes);
        writeRecord(folder, snapshot, extras);
    }

    /** Writes only the session record, leaving the notes file as it is (notes too large to have been read whole). */
    public void saveRecord(SessionSnapshot snapshot) throws IOException {
        Path folder = folder(snapshot.id());
        writeRecord(folder, snapshot, extras(folder.resolve(SESSION_FILE)));
    }

    private static void writeRecord(Path folder, SessionSnapshot snapshot, ObjectNode extras) throws IOException {
        ObjectNode record = SessionCodec.write(snapshot);
        record.setAll(extras);
        AtomicFiles.write(folder.resolve(SESSION_FILE), SessionCodec.toBytes(record));
    }

    /** Replaces one field that is not the session codec's own (such as {@code grades}) in a session record. */
    public void saveField(String id, String field, JsonNode value) throws IOException {
        if (SessionCodec.OWN_FIELDS.contains(field)) {
            throw new IllegalArgumentException("\"" + field + "\" belongs to the session record itself");
        }
        Path file = folder(id).resolve(SESSION_FILE);
        JsonNode root = Jackson.MAPPER.readTree(reader.read(file, MAX_RECORD_BYTES));
        if (!(root instanceof ObjectNode record)) {
            throw new IOException(file + " is not a session record");
        }
        record.set(field, value);
        AtomicFiles.write(file, SessionCodec.toBytes(record));
    }

    private ObjectNode extras(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = reader.read(file, MAX_RECORD_BYTES);
        } catch (NoSuchFileException e) {
            return Jackson.MAPPER.createObjectNode();
        }
        return extras(bytes);
    }

    private static ObjectNode extras(byte[] bytes) {
        ObjectNode extras = Jackson.MAPPER.createObjectNode();
        try {
            JsonNode existing = Jackson.MAPPER.readTree(bytes);
            existing.fields().forEachRemaining(field -> {
                if (!SessionCodec.OWN_FIELDS.contains(field.getKey())) {
                    extras.set(field.getKey(), field.getValue());
                }
            });
        } catch (JsonProcessingException e) {
            // A record that does not parse holds nothing that can be kept; the good one replaces it.
            LOG.warning("replacing a session record that does not parse: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes already in memory failed", e);
        }
        return extras;
    }

    public StoredSession load(String id) throws IOException, DamagedSessionException {
        return load(folder(id));
    }

    /**
     * Reads a session folder. Notes are read leniently (bytes that are not UTF-8 become U+FFFD, so a
     * stray byte never hides a graded session); notes over {@link #MAX_NOTES_BYTES} come back cut at
     * the cap and marked, and the session opens read-only.
     */
    StoredSession load(Path folder) throws IOException, DamagedSessionException {
        Path file = folder.resolve(SESSION_FILE);
        StoredJson record = SessionCodec.parse(reader.read(file, MAX_RECORD_BYTES), file.toString());
        SessionSnapshot snapshot = SessionCodec.read(record);
        Path notesFile = folder.resolve(NOTES_FILE);
        String notes;
        boolean notesComplete = true;
        try {
            notes = new String(reader.read(notesFile, MAX_NOTES_BYTES), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            notes = "";
        } catch (UserFiles.TooLargeException e) {
            notes = readStart(notesFile);
            notesComplete = false;
        }
        return new StoredSession(folder, snapshot, notes, notesComplete, record);
    }

    private static String readStart(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes((int) MAX_NOTES_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** Every readable session, oldest first; unreadable ones go to {@code damaged} and are left as they are. */
    public List<StoredSession> loadAll(Consumer<DamagedSession> damaged) throws IOException {
        List<StoredSession> found = new ArrayList<>();
        if (!Files.isDirectory(sessions)) {
            return found;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(sessions)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            try {
                found.add(load(folder));
            } catch (NoSuchFileException e) {
                damaged.accept(new DamagedSession(folder, folder.resolve(SESSION_FILE) + ": missing"));
            } catch (IOException | DamagedSessionException e) {
                damaged.accept(new DamagedSession(folder, e.getMessage()));
            }
        }
        return found;
    }

    /** Sessions that were started but never finished (the app closed or crashed). */
    public List<StoredSession> unfinished(Consumer<DamagedSession> damaged) throws IOException {
        return loadAll(damaged).stream().filter(s -> !s.snapshot().isFinished()).toList();
    }

    /** Moves a session folder to the trash; returns where it went, so it can be restored. */
    public Path moveToTrash(String id) throws IOException {
        Files.createDirectories(trash);
        Path target = trash.resolve(id);
        for (int n = 2; Files.exists(target); n++) {
            target = trash.resolve(id + "~" + n);
        }
        Files.move(folder(id), target);
        return target;
    }

    /** Turns an id into something safe as a file name on every platform. */
    static String safeName(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe.isEmpty() ? "question" : safe;
    }
}
