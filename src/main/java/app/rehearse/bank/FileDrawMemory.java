package app.rehearse.bank;

import app.rehearse.storage.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
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
 * A damaged file is reported in the log and treated as empty; it costs only some variety.
 */
public final class FileDrawMemory implements DrawMemory {
    static final int VERSION = 1;
    private static final Logger LOG = Logger.getLogger(FileDrawMemory.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Executor writer;
    private final Set<String> drawn;

    private FileDrawMemory(Path file, Executor writer, Set<String> drawn) {
        this.file = file;
        this.writer = writer;
        this.drawn = drawn;
    }

    public static FileDrawMemory open(Path file, Executor writer) {
        return new FileDrawMemory(file, writer, Collections.synchronizedSet(read(file)));
    }

    static Set<String> read(Path file) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            int version = root.path("version").asInt(-1);
            if (version > VERSION) {
                LOG.warning(file + " was written by a newer Rehearse (version " + version + "); starting a fresh draw round");
                return ids;
            }
            root.path("drawn").forEach(id -> {
                if (id.isTextual() && !id.asText().isBlank()) {
                    ids.add(id.asText());
                }
            });
        } catch (NoSuchFileException e) {
            return ids;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read " + file + "; starting a fresh draw round", e);
        }
        return ids;
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
            ObjectNode root = JSON.createObjectNode().put("version", VERSION);
            ArrayNode ids = root.putArray("drawn");
            snapshot.forEach(ids::add);
            try {
                AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not save " + file + "; draws are still remembered until the app closes", e);
            }
        });
    }
}
