package app.rehearse.practice;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code session.json}: a session's question snapshot, plan, timeline, hints and follow-ups. */
public final class SessionCodec {
    public static final int VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper();
    /** The top-level fields this codec writes; any others in a session record belong to other features. */
    static final java.util.Set<String> OWN_FIELDS = java.util.Set.of("version", "id", "state", "createdAt", "updatedAt",
            "finishedAt", "elapsedMs", "phaseIndex", "phaseStartMs", "curveballAtMs", "autoAdvance", "question", "plan",
            "timeline", "hintsUsed", "followUpsShown");

    private SessionCodec() {}

    public static ObjectNode write(SessionSnapshot s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION).put("id", s.id()).put("state", s.state().id())
                .put("createdAt", s.createdAt().toString()).put("updatedAt", s.updatedAt().toString());
        s.finishedAt().ifPresent(f -> root.put("finishedAt", f.toString()));
        root.put("elapsedMs", s.elapsedMs()).put("phaseIndex", s.phaseIndex()).put("phaseStartMs", s.phaseStartMs())
                .put("curveballAtMs", s.curveballAtMs()).put("autoAdvance", s.autoAdvance());
        // The reference is teaching material looked up in the bank after the attempt, not part of what was asked.
        root.set("question", QuestionJson.write(s.question().withReference(Optional.empty())));
        ArrayNode plan = root.putArray("plan");
        s.plan().phases().forEach(p -> plan.addObject().put("id", p.id()).put("name", p.name()).put("minutes", p.minutes()));
        ArrayNode timeline = root.putArray("timeline");
        for (PhaseRecord r : s.timeline()) {
            ObjectNode node = timeline.addObject().put("phaseId", r.phaseId()).put("name", r.name())
                    .put("plannedMinutes", r.plannedMinutes()).put("startMs", r.startMs());
            r.endMs().ifPresent(e -> node.put("endMs", e));
            node.put("notesOffset", r.notesOffset());
        }
        ArrayNode hints = root.putArray("hintsUsed");
        s.hintsUsed().forEach(h -> hints.addObject().put("index", h.index()).put("text", h.text()).put("atMs", h.atMs())
                .put("phaseId", h.phaseId()));
        ArrayNode followUps = root.putArray("followUpsShown");
        s.followUpsShown().forEach(f -> followUps.addObject().put("index", f.index()).put("text", f.text())
                .put("kind", f.kind().id()).put("trigger", f.trigger().id()).put("atMs", f.atMs()).put("phaseId", f.phaseId()));
        return root;
    }

    public static byte[] toBytes(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a session tree always serialises", e);
        }
    }

    /** Reads a session file; any damage is reported as a {@link DamagedSessionException} saying what is wrong. */
    public static SessionSnapshot read(byte[] bytes, String source) throws DamagedSessionException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new DamagedSessionException(source + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        return read(root, source);
    }

    public static SessionSnapshot read(JsonNode root, String source) throws DamagedSessionException {
        if (root == null || !root.isObject()) {
            throw new DamagedSessionException(source + ": expected a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new DamagedSessionException(source + ": written by a newer Rehearse (version " + version
                    + "); this version reads up to " + VERSION + ". Update Rehearse to open it");
        }
        if (version < 1) {
            throw new DamagedSessionException(source + ": missing or invalid \"version\"");
        }
        try {
            Question question = QuestionJson.read(required(root, "question", source), source + " (question)");
            List<PhaseSpec> plan = new ArrayList<>();
            for (JsonNode p : required(root, "plan", source)) {
                plan.add(new PhaseSpec(text(p, "id"), text(p, "name"), (int) number(p, "minutes")));
            }
            List<PhaseRecord> timeline = new ArrayList<>();
            for (JsonNode r : required(root, "timeline", source)) {
                timeline.add(new PhaseRecord(text(r, "phaseId"), text(r, "name"), (int) number(r, "plannedMinutes"),
                        number(r, "startMs"), r.has("endMs") ? OptionalLong.of(number(r, "endMs")) : OptionalLong.empty(),
                        (int) number(r, "notesOffset")));
            }
            List<HintUse> hints = new ArrayList<>();
            for (JsonNode h : required(root, "hintsUsed", source)) {
                hints.add(new HintUse((int) number(h, "index"), text(h, "text"), number(h, "atMs"), text(h, "phaseId")));
            }
            List<FollowUpShown> followUps = new ArrayList<>();
            for (JsonNode f : required(root, "followUpsShown", source)) {
                followUps.add(new FollowUpShown((int) number(f, "index"), text(f, "text"),
                        FollowUp.Kind.valueOf(text(f, "kind").toUpperCase(Locale.ROOT)),
                        "curveball".equals(text(f, "trigger")) ? FollowUpShown.Trigger.CURVEBALL
                                : FollowUpShown.Trigger.PHASE_BOUNDARY,
                        number(f, "atMs"), text(f, "phaseId")));
            }
            SessionState state = SessionState.valueOf(text(root, "state").toUpperCase(Locale.ROOT));
            int phaseIndex = (int) number(root, "phaseIndex");
            if (phaseIndex < 0 || phaseIndex >= plan.size()) {
                throw new DamagedSessionException(source + ": phaseIndex " + phaseIndex + " is outside the plan");
            }
            return new SessionSnapshot(text(root, "id"), question, new PhasePlan(plan), state,
                    Instant.parse(text(root, "createdAt")), Instant.parse(text(root, "updatedAt")),
                    root.has("finishedAt") ? Optional.of(Instant.parse(text(root, "finishedAt"))) : Optional.empty(),
                    number(root, "elapsedMs"), phaseIndex, number(root, "phaseStartMs"), number(root, "curveballAtMs"),
                    root.path("autoAdvance").asBoolean(false), timeline, hints, followUps);
        } catch (QuestionJson.InvalidQuestionException e) {
            throw new DamagedSessionException(e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new DamagedSessionException(source + ": " + e.getMessage());
        }
    }

    private static JsonNode required(JsonNode node, String field, String source) throws DamagedSessionException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new DamagedSessionException(source + ": missing \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
        }
        return value.asLong();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
