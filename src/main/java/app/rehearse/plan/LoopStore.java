package app.rehearse.plan;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.json.Jackson;
import app.rehearse.json.JsonValue;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mock loop under way ({@code loops/current.json}) and the user's loop template
 * ({@code loops/template.json}), written atomically after every step. A file that cannot be read is
 * reported and left as it is.
 */
public final class LoopStore {
    static final int VERSION = 1;
    private static final long MAX_FILE_BYTES = 64 * 1024;
    private static final Fields LOOP = Fields.open("version", "id", "template", "questions", "round", "session", "startedAt");
    private static final Fields TEMPLATE = Fields.open("version", "rounds", "breakMinutes");
    private static final Fields ROUND = Fields.open("type", "level");
    private static final Map<String, QuestionType> TYPES = ObjectReader.choices(QuestionType.values(), QuestionType::id);
    private static final Map<String, Level> LEVELS = ObjectReader.choices(Level.values(), Level::id);

    private final Path current;
    private final Path template;

    public LoopStore(Path folder) {
        this.current = folder.resolve("current.json");
        this.template = folder.resolve("template.json");
    }

    /** The loop under way, if one is; a finished loop is not kept. */
    public Optional<MockLoop> current() throws IOException {
        try {
            return Optional.of(readLoop(UserFiles.read(current, MAX_FILE_BYTES), current.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public void save(MockLoop loop) throws IOException {
        if (loop.finished()) {
            Files.deleteIfExists(current);
            return;
        }
        ObjectNode root = Jackson.MAPPER.createObjectNode().put("version", VERSION).put("id", loop.id());
        root.set("template", templateJson(loop.template()));
        ArrayNode questions = root.putArray("questions");
        loop.questionIds().forEach(questions::add);
        root.put("round", loop.round());
        loop.sessionId().ifPresent(s -> root.put("session", s));
        root.put("startedAt", loop.startedAt().toString());
        AtomicFiles.write(current, Jackson.PRETTY.writeValueAsBytes(root));
    }

    /** The user's template, or the onsite one when none was saved. */
    public LoopTemplate template() throws IOException {
        try {
            StoredJson json = StoredJson.parse(UserFiles.read(template, MAX_FILE_BYTES), template.toString());
            LoopTemplate read = readTemplate(new ObjectReader(json.root(), "", json.problems(), TEMPLATE), true);
            StoredJson.check(json.problems());
            return read;
        } catch (NoSuchFileException e) {
            return LoopTemplate.ONSITE;
        }
    }

    public void saveTemplate(LoopTemplate loopTemplate) throws IOException {
        AtomicFiles.write(template, Jackson.PRETTY.writeValueAsBytes(templateJson(loopTemplate)));
    }

    static MockLoop readLoop(byte[] utf8, String source) throws UnreadableJsonException {
        StoredJson json = StoredJson.parse(utf8, source);
        ObjectReader root = new ObjectReader(json.root(), "", json.problems(), LOOP);
        StoredJson.version(root, VERSION);
        String id = root.string("id", true);
        ObjectReader templateReader = root.objectReader("template", true, TEMPLATE);
        LoopTemplate loopTemplate = templateReader == null ? null : readTemplate(templateReader, false);
        List<String> questions = root.strings("questions", true);
        Integer round = root.integer("round", true);
        String session = root.string("session", false);
        Instant startedAt = root.instant("startedAt", true);
        StoredJson.check(json.problems());
        try {
            return new MockLoop(id, loopTemplate, questions, round, Optional.ofNullable(session), startedAt);
        } catch (IllegalArgumentException e) {
            root.problem("", e.getMessage());
            StoredJson.check(json.problems());
            throw e;
        }
    }

    private static LoopTemplate readTemplate(ObjectReader r, boolean versioned) throws UnreadableJsonException {
        if (versioned) {
            StoredJson.version(r, VERSION);
        }
        List<LoopTemplate.Round> rounds = new ArrayList<>();
        List<JsonValue> values = r.array("rounds", true);
        for (int i = 0; values != null && i < values.size(); i++) {
            ObjectReader round = r.item("rounds", i, values.get(i), ROUND);
            QuestionType type = round.choice("type", true, TYPES);
            Level level = round.choice("level", false, LEVELS);
            if (type != null) {
                rounds.add(new LoopTemplate.Round(type, Optional.ofNullable(level)));
            }
        }
        Integer breakMinutes = r.integer("breakMinutes", true);
        if (values != null && (values.isEmpty() || values.size() > LoopTemplate.MAX_ROUNDS)) {
            r.problem("rounds", "a loop has 1 to " + LoopTemplate.MAX_ROUNDS + " rounds (found " + values.size() + ")");
        }
        if (breakMinutes != null && (breakMinutes < 0 || breakMinutes > LoopTemplate.MAX_BREAK_MINUTES)) {
            r.problem("breakMinutes", "a break lasts 0 to " + LoopTemplate.MAX_BREAK_MINUTES + " minutes (found "
                    + breakMinutes + ")");
        }
        if (rounds.isEmpty() || rounds.size() > LoopTemplate.MAX_ROUNDS || breakMinutes == null || breakMinutes < 0
                || breakMinutes > LoopTemplate.MAX_BREAK_MINUTES) {
            return LoopTemplate.ONSITE;
        }
        return new LoopTemplate(rounds, breakMinutes);
    }

    private static ObjectNode templateJson(LoopTemplate loopTemplate) {
        ObjectNode node = Jackson.MAPPER.createObjectNode().put("version", VERSION);
        ArrayNode rounds = node.putArray("rounds");
        loopTemplate.rounds().forEach(round -> {
            ObjectNode r = rounds.addObject().put("type", round.type().id());
            round.level().ifPresent(l -> r.put("level", l.id()));
        });
        return node.put("breakMinutes", loopTemplate.breakMinutes());
    }
}
