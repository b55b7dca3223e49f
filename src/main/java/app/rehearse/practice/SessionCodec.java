package app.rehearse.practice;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.PackReader;
import app.rehearse.bank.QuestionJson;
import app.rehearse.json.Jackson;
import app.rehearse.json.JsonValue;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ProblemCollector;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code session.json}: a session's question snapshot, plan, timeline, hints and follow-ups. */
public final class SessionCodec {
    public static final int VERSION = 1;
    /** The top-level fields this codec writes; any others in a session record belong to other features. */
    static final List<String> OWN_FIELDS = List.of("version", "id", "state", "createdAt", "updatedAt",
            "finishedAt", "elapsedMs", "phaseIndex", "phaseStartMs", "curveballAtMs", "autoAdvance", "question", "plan",
            "timeline", "hintsUsed", "followUpsShown");
    private static final Fields TOP = Fields.open(OWN_FIELDS.toArray(String[]::new));
    private static final Fields PHASE = Fields.open("id", "name", "minutes");
    private static final Fields PHASE_RECORD = Fields.open("phaseId", "name", "plannedMinutes", "startMs", "endMs",
            "notesOffset");
    private static final Fields HINT = Fields.open("index", "text", "atMs", "phaseId");
    private static final Fields FOLLOW_UP = Fields.open("index", "text", "kind", "trigger", "atMs", "phaseId");
    private static final Map<String, SessionState> STATES = ObjectReader.choices(SessionState.values(), SessionState::id);
    private static final Map<String, FollowUp.Kind> KINDS = ObjectReader.choices(FollowUp.Kind.values(), FollowUp.Kind::id);
    private static final Map<String, FollowUpShown.Trigger> TRIGGERS = ObjectReader.choices(FollowUpShown.Trigger.values(),
            FollowUpShown.Trigger::id);

    private SessionCodec() {}

    public static ObjectNode write(SessionSnapshot s) {
        ObjectNode root = Jackson.MAPPER.createObjectNode();
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
            return Jackson.PRETTY.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a session tree always serialises", e);
        }
    }

    /** Reads a session file; any damage is reported as a {@link DamagedSessionException} saying what is wrong and where. */
    public static SessionSnapshot read(byte[] bytes, String source) throws DamagedSessionException {
        return read(parse(bytes, source));
    }

    static StoredJson parse(byte[] bytes, String source) throws DamagedSessionException {
        try {
            return StoredJson.parse(bytes, source);
        } catch (UnreadableJsonException e) {
            throw damaged(e);
        }
    }

    static SessionSnapshot read(StoredJson record) throws DamagedSessionException {
        ProblemCollector problems = record.problems();
        try {
            ObjectReader root = new ObjectReader(record.root(), "", problems, TOP);
            StoredJson.version(root, VERSION);
            Question question = root.field("question", true)
                    .map(q -> PackReader.readQuestion(q, "/question", problems)).orElse(null);
            List<PhaseSpec> plan = new ArrayList<>();
            for (ObjectReader p : items(root, "plan", PHASE)) {
                plan.add(new PhaseSpec(p.string("id", true), p.string("name", true), whole(p.integer("minutes", true))));
            }
            List<PhaseRecord> timeline = new ArrayList<>();
            for (ObjectReader r : items(root, "timeline", PHASE_RECORD)) {
                Long end = r.longInteger("endMs", false);
                timeline.add(new PhaseRecord(r.string("phaseId", true), r.string("name", true),
                        whole(r.integer("plannedMinutes", true)), whole(r.longInteger("startMs", true)),
                        end == null ? OptionalLong.empty() : OptionalLong.of(end), whole(r.integer("notesOffset", true))));
            }
            List<HintUse> hints = new ArrayList<>();
            for (ObjectReader h : items(root, "hintsUsed", HINT)) {
                hints.add(new HintUse(whole(h.integer("index", true)), h.string("text", true),
                        whole(h.longInteger("atMs", true)), h.string("phaseId", true)));
            }
            List<FollowUpShown> followUps = new ArrayList<>();
            for (ObjectReader f : items(root, "followUpsShown", FOLLOW_UP)) {
                followUps.add(new FollowUpShown(whole(f.integer("index", true)), f.string("text", true),
                        f.choice("kind", true, KINDS), f.choice("trigger", true, TRIGGERS),
                        whole(f.longInteger("atMs", true)), f.string("phaseId", true)));
            }
            String id = root.string("id", true);
            SessionState state = root.choice("state", true, STATES);
            Instant createdAt = root.instant("createdAt", true);
            Instant updatedAt = root.instant("updatedAt", true);
            Optional<Instant> finishedAt = Optional.ofNullable(root.instant("finishedAt", false));
            long elapsedMs = whole(root.longInteger("elapsedMs", true));
            int phaseIndex = whole(root.integer("phaseIndex", true));
            long phaseStartMs = whole(root.longInteger("phaseStartMs", true));
            long curveballAtMs = whole(root.longInteger("curveballAtMs", true));
            boolean autoAdvance = Boolean.TRUE.equals(root.bool("autoAdvance", false));
            if (problems.isEmpty() && (phaseIndex < 0 || phaseIndex >= plan.size())) {
                root.problem("phaseIndex", "phaseIndex " + phaseIndex + " is outside the plan of " + plan.size()
                        + " phases");
            }
            StoredJson.check(problems);
            return new SessionSnapshot(id, question, new PhasePlan(plan), state, createdAt, updatedAt, finishedAt,
                    elapsedMs, phaseIndex, phaseStartMs, curveballAtMs, autoAdvance, timeline, hints, followUps);
        } catch (UnreadableJsonException e) {
            throw damaged(e);
        }
    }

    private static DamagedSessionException damaged(UnreadableJsonException e) {
        return new DamagedSessionException(e.newerVersion() ? e.getMessage() + ". Update Rehearse to open it"
                : e.getMessage());
    }

    private static List<ObjectReader> items(ObjectReader root, String name, Fields fields) {
        List<JsonValue> values = root.array(name, true);
        List<ObjectReader> items = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            items.add(root.item(name, i, values.get(i), fields));
        }
        return items;
    }

    /** A number that was required: when it is missing the problem is already reported, and 0 is never used. */
    private static int whole(Integer value) {
        return value == null ? 0 : value;
    }

    private static long whole(Long value) {
        return value == null ? 0 : value;
    }
}
