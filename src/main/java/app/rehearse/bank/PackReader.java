package app.rehearse.bank;

import app.rehearse.json.JsonValue;
import app.rehearse.json.LocatedJsonParser;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ProblemCollector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one question-pack file into a {@link QuestionPack}, or reports every problem in it.
 * A pack with any problem yields no pack at all: half-loaded packs would let a typo hide a question.
 */
public final class PackReader {
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    public static final int MAX_QUESTIONS = 2_000;
    static final int MAX_VERSION = 40;
    static final int MAX_DESCRIPTION = 5_000;

    private static final Fields TOP = Fields.of("$schema", "schemaVersion", "pack", "questions");
    private static final Fields PACK = Fields.of("id", "title", "version", "author", "license", "description");
    private static final Fields QUESTION = Fields.of("id", "type", "title", "prompt", "level", "tags", "competency",
            "signals", "hints", "rescueHint", "followUps", "rubric", "tradeOffs", "timeboxMinutes", "phases", "reference");
    private static final Fields REFERENCE = Fields.of("outline", "diagram", "levels", "pitfalls");
    private static final Fields LEVEL_SIGNALS = Fields.of("senior", "staff");
    private static final Fields FOLLOW_UP = Fields.of("text", "kind");
    private static final Fields CRITERION = Fields.of("criterion", "strong", "solid", "weak", "staff", "weight");
    private static final Fields PHASE = Fields.of("id", "name", "minutes");

    private static final Map<String, QuestionType> TYPES = ObjectReader.choices(QuestionType.values(), QuestionType::id);
    private static final Map<String, Level> LEVELS = ObjectReader.choices(Level.values(), Level::id);
    private static final Map<String, FollowUp.Kind> KINDS = ObjectReader.choices(FollowUp.Kind.values(), FollowUp.Kind::id);

    /** A question read while the file was being parsed, with the problems found in it. */
    private record EarlyRead(JsonValue item, Question question, ProblemCollector problems) {}

    private final List<EarlyRead> earlyReads = new ArrayList<>();

    /**
     * Reads each question as soon as the parser has it, while its tree is still in cache; {@link #read}
     * then uses what was read instead of walking the tree again. Pass it to
     * {@link app.rehearse.json.LocatedJsonParser#parse(byte[], LocatedJsonParser.ItemListener)} for a
     * file this reader then reads.
     */
    public LocatedJsonParser.ItemListener whileParsing(String source) {
        return (member, index, item) -> {
            if (member.equals("questions") && index < MAX_QUESTIONS) {
                ProblemCollector found = new ProblemCollector(source);
                Question q = readChecked(item, () -> "/questions/" + index, found);
                while (earlyReads.size() <= index) {
                    earlyReads.add(null);
                }
                earlyReads.set(index, new EarlyRead(item, q, found));
            }
        };
    }

    /** Reads an already parsed tree; problems go to the collector and the result is only meaningful when it stays empty. */
    public QuestionPack read(JsonValue root, ProblemCollector problems) {
        ObjectReader top = new ObjectReader(root, "", problems, TOP);
        if (!top.isObject()) {
            return null;
        }
        Integer version = top.integer("schemaVersion", true);
        if (version != null && version != QuestionPack.SCHEMA_VERSION) {
            String why = version > QuestionPack.SCHEMA_VERSION
                    ? "this pack was written for a newer Rehearse (schemaVersion " + version + "); this version reads "
                            + QuestionPack.SCHEMA_VERSION + ". Update Rehearse to use it"
                    : "schemaVersion must be " + QuestionPack.SCHEMA_VERSION + " (found " + version + ")";
            problems.add(top.field("schemaVersion", false).orElseThrow(), "/schemaVersion", why);
        }
        PackInfo info = top.field("pack", true).map(v -> readInfo(v, problems)).orElse(null);
        List<Question> questions = new ArrayList<>();
        List<JsonValue> items = top.array("questions", true);
        if (items != null) {
            if (items.size() > MAX_QUESTIONS) {
                problems.add(top.field("questions", false).orElseThrow(), "/questions", "the pack has " + items.size()
                        + " questions; a pack may hold at most " + MAX_QUESTIONS + " (split it into several packs)");
            } else {
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    EarlyRead early = i < earlyReads.size() ? earlyReads.get(i) : null;
                    Question q;
                    if (early != null && early.item() == items.get(i)) {
                        problems.addAll(early.problems());
                        q = early.question();
                    } else {
                        q = readChecked(items.get(i), () -> "/questions/" + index, problems);
                    }
                    if (q != null) {
                        questions.add(q);
                    }
                }
            }
        }
        return info == null ? null : new QuestionPack(info, questions);
    }

    private static PackInfo readInfo(JsonValue value, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, "/pack", problems, PACK);
        String id = r.string("id", true);
        String title = r.string("title", true);
        String version = r.string("version", true);
        String author = r.string("author", false);
        String license = r.string("license", false);
        String description = r.string("description", false);
        List<Violation> rules = new ArrayList<>();
        if (id != null) {
            QuestionRules.checkId(rules, "/id", id, QuestionRules.MAX_ID);
        }
        if (title != null) {
            QuestionRules.checkText(rules, "/title", "title", title, QuestionRules.MAX_TITLE);
        }
        if (version != null && (version.length() > MAX_VERSION || !version.matches("\\d+(\\.\\d+){0,2}"))) {
            rules.add(new Violation("/version", "\"version\" must look like 1, 1.2 or 1.2.3, at most " + MAX_VERSION
                    + " characters (found \"" + (version.length() <= MAX_VERSION ? version : version.substring(0, MAX_VERSION) + "...")
                    + "\")"));
        }
        checkLength(rules, "/author", "author", author, QuestionRules.MAX_TITLE);
        checkLength(rules, "/license", "license", license, QuestionRules.MAX_TITLE);
        checkLength(rules, "/description", "description", description, MAX_DESCRIPTION);
        for (Violation v : rules) {
            problems.add(value.at(v.pointer()).orElse(value), "/pack" + v.pointer(), v.message());
        }
        if (id == null || title == null || version == null) {
            return null;
        }
        return new PackInfo(id, title, version, Optional.ofNullable(author), Optional.ofNullable(license),
                Optional.ofNullable(description));
    }

    /** Reads one question on its own (a snapshot or an editor's draft) with the same shape checks and rules as in a pack. */
    public static Question readQuestion(JsonValue value, ProblemCollector problems) {
        return readQuestion(value, "", problems);
    }

    /** A question found at {@code pointer} in a larger file (a session's snapshot), its problems placed there. */
    public static Question readQuestion(JsonValue value, String pointer, ProblemCollector problems) {
        int before = problems.size();
        Question q = readChecked(value, () -> pointer, problems);
        return problems.size() == before ? q : null;
    }

    /** A question as far as it could be read, and the top-level fields that could not be. */
    private record Read(Question question, Set<String> failed) {}

    /**
     * Shape checks, then the value rules of {@link QuestionRules}, each reported at its place in the
     * file. The rules run even when some fields could not be read, on the fields that could: every
     * problem is reported in one pass, not the value problems only once the structure is fixed.
     */
    private static Question readChecked(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        Read read = readQuestion(value, at, problems);
        if (read == null) {
            return null;
        }
        for (Violation v : QuestionRules.check(read.question())) {
            String field = v.pointer().split("/", 3)[1];
            boolean followsAFailedField = read.failed().contains(field)
                    || field.equals("timeboxMinutes") && read.failed().contains("phases");
            if (!followsAFailedField) {
                problems.add(value.at(v.pointer()).orElse(value), at.get() + v.pointer(), v.message());
            }
        }
        return read.failed().isEmpty() ? read.question() : null;
    }

    /** Optional free text: may be empty, but not longer than the schema allows. */
    private static void checkLength(List<Violation> rules, String at, String name, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            rules.add(new Violation(at, "\"" + name + "\" is " + text.codePointCount(0, text.length())
                    + " characters; the limit is " + max));
        }
    }

    private static Read readQuestion(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        int before = problems.size();
        ObjectReader r = new ObjectReader(value, at, problems, QUESTION);
        if (!r.isObject()) {
            return null;
        }
        String id = r.string("id", true);
        QuestionType type = r.choice("type", true, TYPES);
        String title = r.string("title", true);
        String prompt = r.string("prompt", true);
        Level level = r.choice("level", true, LEVELS);
        List<String> tags = r.strings("tags", true);
        String competency = r.string("competency", false);
        List<String> signals = r.strings("signals", false);
        List<String> hints = r.strings("hints", true);
        String rescueHint = r.string("rescueHint", false);
        List<FollowUp> followUps = readList(r, "followUps", true, problems, PackReader::readFollowUp);
        List<RubricCriterion> rubric = readList(r, "rubric", true, problems, PackReader::readCriterion);
        List<String> tradeOffs = r.strings("tradeOffs", true);
        Integer timebox = r.integer("timeboxMinutes", false);
        List<PhaseSpec> phases = readList(r, "phases", false, problems, PackReader::readPhase);
        if (phases != null && phases.isEmpty() && r.field("phases", false).isPresent()) {
            problems.add(r.field("phases", false).orElseThrow(), r.child("phases"),
                    "\"phases\" must list at least one phase (or be left out to use the default plan)");
        }
        Optional<JsonValue> referenceValue = r.field("reference", false);
        Reference reference = referenceValue.map(v -> readReference(v, () -> r.child("reference"), problems))
                .orElse(null);
        Set<String> failed = new HashSet<>();
        String prefix = at.get() + "/";
        for (String pointer : problems.pointersSince(before)) {
            String rest = pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : "";
            failed.add(rest.isEmpty() ? "" : rest.split("/", 2)[0]);
        }
        // Fields that could not be read stand in with values the rules accept; their rules are not reported.
        boolean behavioral = type == QuestionType.BEHAVIORAL || type == null && (competency != null || signals != null);
        Question probe = new Question(id == null ? "x" : id, type != null ? type : behavioral ? QuestionType.BEHAVIORAL
                : QuestionType.SYSTEM_DESIGN, title == null ? "x" : title, prompt == null ? "x" : prompt,
                level == null ? Level.SENIOR : level, tags == null ? List.of() : tags, Optional.ofNullable(competency),
                signals == null ? List.of() : signals, hints == null ? List.of() : hints,
                followUps == null ? List.of() : followUps, rubric == null ? List.of() : rubric,
                tradeOffs == null ? List.of() : tradeOffs, timebox == null ? OptionalInt.empty() : OptionalInt.of(timebox),
                phases == null ? List.of() : phases, Optional.ofNullable(reference), Optional.ofNullable(rescueHint));
        return new Read(probe, failed);
    }

    private static Reference readReference(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, at, problems, REFERENCE);
        if (!r.isObject()) {
            return null;
        }
        String outline = r.string("outline", true);
        String diagram = r.string("diagram", false);
        List<String> pitfalls = r.strings("pitfalls", false);
        List<String> senior = List.of();
        List<String> staff = List.of();
        Optional<JsonValue> levels = r.field("levels", false);
        if (levels.isPresent()) {
            ObjectReader l = new ObjectReader(levels.get(), () -> r.child("levels"), problems, LEVEL_SIGNALS);
            if (l.isObject()) {
                senior = Optional.ofNullable(l.strings("senior", false)).orElse(List.of());
                staff = Optional.ofNullable(l.strings("staff", false)).orElse(List.of());
            }
        }
        return outline == null ? null : new Reference(outline, Optional.ofNullable(diagram), senior, staff,
                pitfalls == null ? List.of() : pitfalls);
    }

    private interface ItemReader<T> {
        T read(JsonValue value, Supplier<String> at, ProblemCollector problems);
    }

    private static <T> List<T> readList(ObjectReader r, String name, boolean required, ProblemCollector problems,
            ItemReader<T> reader) {
        List<JsonValue> items = r.array(name, required);
        if (items == null) {
            return null;
        }
        List<T> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            T item = reader.read(items.get(i), () -> r.child(name) + "/" + index, problems);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private static FollowUp readFollowUp(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, at, problems, FOLLOW_UP);
        String text = r.string("text", true);
        FollowUp.Kind kind = r.choice("kind", false, KINDS);
        return text == null ? null : new FollowUp(text, kind == null ? FollowUp.Kind.PROBE : kind);
    }

    private static RubricCriterion readCriterion(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, at, problems, CRITERION);
        String criterion = r.string("criterion", true);
        String strong = r.string("strong", true);
        String weak = r.string("weak", true);
        String solid = r.string("solid", false);
        String staff = r.string("staff", false);
        Integer weight = r.integer("weight", false);
        if (criterion == null || strong == null || weak == null) {
            return null;
        }
        return new RubricCriterion(criterion, strong, weak, weight == null ? RubricCriterion.DEFAULT_WEIGHT : weight,
                Optional.ofNullable(solid), Optional.ofNullable(staff));
    }

    private static PhaseSpec readPhase(JsonValue value, Supplier<String> at, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, at, problems, PHASE);
        String id = r.string("id", true);
        String name = r.string("name", true);
        Integer minutes = r.integer("minutes", true);
        return id == null || name == null || minutes == null ? null : new PhaseSpec(id, name, minutes);
    }

}
