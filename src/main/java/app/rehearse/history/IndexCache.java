package app.rehearse.history;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.practice.SessionState;
import app.rehearse.storage.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code history-index.json}: a disposable copy of what the index read from each session
 * folder, keyed by folder name, with the stamps of the files it came from. It is only ever a
 * shortcut: a missing, damaged or other-version cache means "read the folders again".
 */
final class IndexCache {
    /** Bump whenever what a summary holds, or how a score or words are computed, changes. */
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexCache() {}

    /** The cached entries, or why there are none usable (missing file, damage, other version). */
    record Loaded(Map<String, IndexEntry> entries, Optional<String> problem) {}

    static Loaded read(Path file, Path sessions) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Loaded(Map.of(), Optional.of("no index cache yet"));
        } catch (IOException e) {
            return new Loaded(Map.of(), Optional.of("index cache unreadable: " + firstLine(e.getMessage())));
        }
        if (root == null || root.path("version").asInt(-1) != VERSION || !root.path("sessions").isObject()) {
            return new Loaded(Map.of(), Optional.of("index cache has another version or shape"));
        }
        Map<String, IndexEntry> entries = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.get("sessions").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            try {
                entries.put(field.getKey(), entry(field.getKey(), field.getValue(), sessions));
            } catch (RuntimeException e) {
                // One bad entry only costs re-reading its folder.
            }
        }
        return new Loaded(entries, Optional.empty());
    }

    static void write(Path file, Iterable<IndexEntry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("version", VERSION);
        ObjectNode sessions = root.putObject("sessions");
        for (IndexEntry e : entries) {
            ObjectNode node = sessions.putObject(e.name());
            stamp(node.putArray("session"), e.session());
            stamp(node.putArray("notes"), e.notes());
            if (e instanceof IndexEntry.Readable r) {
                node.set("summary", summary(r.summary()));
                node.put("words", r.words());
            } else if (e instanceof IndexEntry.Damaged d) {
                node.put("damaged", d.reason());
            }
        }
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }

    private static IndexEntry entry(String name, JsonNode node, Path sessions) {
        FileStamp session = stamp(node.get("session"));
        FileStamp notes = stamp(node.get("notes"));
        if (node.has("damaged")) {
            return new IndexEntry.Damaged(name, session, notes, node.get("damaged").asText());
        }
        return new IndexEntry.Readable(name, session, notes, summary(name, sessions.resolve(name), node.get("summary")),
                node.get("words").asText());
    }

    private static void stamp(ArrayNode array, FileStamp stamp) {
        array.add(stamp.size()).add(stamp.modifiedMicros());
    }

    private static FileStamp stamp(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 2) {
            throw new IllegalArgumentException("bad stamp");
        }
        return new FileStamp(node.get(0).asLong(), node.get(1).asLong());
    }

    private static ObjectNode summary(SessionSummary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("questionId", s.questionId()).put("title", s.title()).put("type", s.type().id()).put("level", s.level().id());
        strings(o.putArray("tags"), s.tags());
        s.competency().ifPresent(c -> o.put("competency", c));
        strings(o.putArray("tradeOffs"), s.tradeOffs());
        o.put("createdAt", s.createdAt().toString());
        s.finishedAt().ifPresent(f -> o.put("finishedAt", f.toString()));
        o.put("state", s.state().id()).put("durationMs", s.durationMs()).put("plannedMs", s.plannedMs())
                .put("overtimeMs", s.overtimeMs()).put("hintsUsed", s.hintsUsed()).put("hintsAvailable", s.hintsAvailable())
                .put("followUpsAsked", s.followUpsAsked());
        s.score().ifPresent(v -> o.put("score", v));
        s.gradedAt().ifPresent(g -> o.put("gradedAt", g.toString()));
        ObjectNode points = o.putObject("dimensionPoints");
        s.dimensionPoints().forEach(points::put);
        o.put("gradeNotes", s.gradeNotes());
        s.gradeProblem().ifPresent(p -> o.put("gradeProblem", p));
        o.put("notesLength", s.notesLength());
        return o;
    }

    private static SessionSummary summary(String id, Path folder, JsonNode o) {
        Map<String, Integer> points = new LinkedHashMap<>();
        o.get("dimensionPoints").fields().forEachRemaining(f -> points.put(f.getKey(), f.getValue().intValue()));
        return new SessionSummary(id, folder, text(o, "questionId"), text(o, "title"),
                QuestionType.fromId(text(o, "type")).orElseThrow(), Level.fromId(text(o, "level")).orElseThrow(),
                strings(o.get("tags")), optional(o, "competency"), strings(o.get("tradeOffs")),
                Instant.parse(text(o, "createdAt")), optional(o, "finishedAt").map(Instant::parse),
                SessionState.valueOf(text(o, "state").toUpperCase(Locale.ROOT)), o.get("durationMs").asLong(),
                o.get("plannedMs").asLong(), o.get("overtimeMs").asLong(), o.get("hintsUsed").asInt(),
                o.get("hintsAvailable").asInt(), o.get("followUpsAsked").asInt(),
                o.has("score") ? OptionalInt.of(o.get("score").asInt()) : OptionalInt.empty(),
                optional(o, "gradedAt").map(Instant::parse), points, text(o, "gradeNotes"), optional(o, "gradeProblem"),
                o.get("notesLength").asInt());
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.textValue();
    }

    private static Optional<String> optional(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || !v.isTextual() ? Optional.empty() : Optional.of(v.textValue());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
