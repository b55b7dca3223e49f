package app.rehearse.bank;

import app.rehearse.json.Jackson;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Backups;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers drawn questions in {@code draw-history.json} so "no repeats until all were drawn"
 * holds across restarts. Writes happen on the given executor, never on the caller's thread.
 * A file from a newer Rehearse is reported in the log and never overwritten: draws are then
 * remembered only until the app closes, which costs only some variety. A damaged file is reported,
 * copied to the backups before the first save replaces it, and treated as empty.
 */
public final class FileDrawMemory implements DrawMemory {
    static final int VERSION = 1;
    /** A list of question ids; far larger than any bank needs. */
    static final long MAX_FILE_BYTES = 4L << 20;
    private static final Logger LOG = Logger.getLogger(FileDrawMemory.class.getName());
    private static final Fields FIELDS = Fields.open("version", "drawn");

    private final Path file;
    private final Executor writer;
    private final Set<String> drawn;
    private final Backups backups;
    private FileState state;

    private FileDrawMemory(Path file, Executor writer, Backups backups, Read read) {
        this.file = file;
        this.writer = writer;
        this.backups = backups;
        this.drawn = Collections.synchronizedSet(read.ids());
        this.state = read.state();
    }

    /** Whether the file may be replaced: as it is, after a backup, or not at all. */
    enum FileState { USABLE, DAMAGED, NEWER }

    record Read(Set<String> ids, FileState state) {}

    public static FileDrawMemory open(Path file, Executor writer, Backups backups) {
        return new FileDrawMemory(file, writer, backups, read(file));
    }

    static Read read(Path file) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            StoredJson json = StoredJson.parse(UserFiles.read(file, MAX_FILE_BYTES), file.toString());
            ObjectReader root = new ObjectReader(json.root(), "", json.problems(), FIELDS);
            StoredJson.version(root, VERSION);
            List<String> drawn = root.strings("drawn", true);
            StoredJson.check(json.problems());
            drawn.stream().filter(id -> !id.isBlank()).forEach(ids::add);
        } catch (NoSuchFileException e) {
            return new Read(ids, FileState.USABLE);
        } catch (UnreadableJsonException e) {
            if (e.newerVersion()) {
                LOG.warning(e.getMessage() + "; the file is left as it is and draws are remembered only until the app"
                        + " closes");
                return new Read(ids, FileState.NEWER);
            }
            return damaged(file, e);
        } catch (IOException e) {
            return damaged(file, e);
        }
        return new Read(ids, FileState.USABLE);
    }

    private static Read damaged(Path file, IOException e) {
        LOG.log(Level.WARNING, "could not read " + file + "; starting a fresh draw round (the file is backed up"
                + " before it is replaced)", e);
        return new Read(new LinkedHashSet<>(), FileState.DAMAGED);
    }

    @Override
    public Set<String> drawn() {
        synchronized (drawn) {
            return Set.copyOf(drawn);
        }
    }

    @Override
    public void remember(String questionId) {
        drawn.add(questionId);
        save();
    }

    @Override
    public void forget(Collection<String> questionIds) {
        drawn.removeAll(questionIds);
        save();
    }

    private void save() {
        List<String> snapshot;
        synchronized (drawn) {
            snapshot = List.copyOf(drawn);
        }
        writer.execute(() -> {
            if (!replaceable()) {
                return;
            }
            ObjectNode root = Jackson.MAPPER.createObjectNode().put("version", VERSION);
            ArrayNode ids = root.putArray("drawn");
            snapshot.forEach(ids::add);
            try {
                AtomicFiles.write(file, Jackson.PRETTY.writeValueAsBytes(root));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not save " + file + "; draws are still remembered until the app closes", e);
            }
        });
    }

    /** Runs on the writer: a newer file is never replaced; a damaged one only once a copy of it is kept. */
    private boolean replaceable() {
        if (state == FileState.DAMAGED) {
            try {
                LOG.warning("kept a copy of the damaged " + file + " at " + backups.keep(file));
                state = FileState.USABLE;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not back up the damaged " + file + "; it is left as it is", e);
            }
        }
        return state == FileState.USABLE;
    }
}
