package app.rehearse.bank;

import app.rehearse.json.JsonSyntaxException;
import app.rehearse.json.JsonValue.JsonArray;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.JsonValue;
import app.rehearse.json.LocatedJsonParser;
import app.rehearse.json.Location;
import app.rehearse.json.Problem;
import app.rehearse.json.ProblemCollector;
import app.rehearse.storage.UserFiles;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.WhiteboardCodec;
import app.rehearse.whiteboard.WhiteboardFormatException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a set of bank files: checklists first (packs refer to their dimensions), then packs.
 * Each file is all-or-nothing. Across files it rejects a question id, pack id or dimension id
 * already taken by an earlier file, naming both files; earlier files (shipped before custom) win.
 */
public final class BankLoader {

    /**
     * A file that parsed, and its pack if it is one: each file on its own, before the rules that need
     * the rest of the bank. Its collector may already hold problems, reported with everything else.
     */
    private record Parsed(BankFile file, Kind kind, JsonValue root, ProblemCollector problems, QuestionPack pack,
            Map<String, SavedBoard> diagrams) {
        Parsed(BankFile file, Kind kind, JsonValue root, ProblemCollector problems) {
            this(file, kind, root, problems, null, Map.of());
        }
    }

    private enum Kind { UNREADABLE, SCHEMA, CHECKLIST, PACK }

    /** A reference diagram is a few dozen shapes; anything near this is not one. */
    public static final long MAX_DIAGRAM_BYTES = 2L << 20;
    private static final WhiteboardCodec DIAGRAMS = new WhiteboardCodec();

    /** From this many bytes in all, files are parsed side by side. */
    static final long PARALLEL_FROM_BYTES = 1 << 20;

    private final long parallelFromBytes;

    public BankLoader() {
        this(PARALLEL_FROM_BYTES);
    }

    /** A loader that parses files side by side from {@code parallelFromBytes} in all (for tests of both ways). */
    BankLoader(long parallelFromBytes) {
        this.parallelFromBytes = parallelFromBytes;
    }

    /** A file's bytes, or why they could not be read. */
    private record Contents(BankFile file, byte[] bytes, IOException failure) {
        static Contents of(BankFile file) {
            try {
                return new Contents(file, file.contents().read(), null);
            } catch (IOException e) {
                return new Contents(file, null, e);
            }
        }

        long size() {
            return bytes == null ? 0 : bytes.length;
        }
    }

    public QuestionBank load(List<BankFile> files) {
        // Files are independent until their ids meet, so a large bank is parsed and read side by side,
        // each pack right after its parse while its tree is still in cache; the order is kept for what follows.
        List<Contents> contents = files.stream().map(Contents::of).toList();
        // A small bank (the shipped one) is read on this thread alone, leaving the other core to the window.
        boolean sideBySide = contents.stream().mapToLong(Contents::size).sum() >= parallelFromBytes;
        List<Parsed> read = (sideBySide ? contents.parallelStream() : contents.stream()).map(BankLoader::read).toList();
        List<SkippedFile> skipped = new ArrayList<>();
        List<Parsed> checklists = new ArrayList<>();
        List<Parsed> packs = new ArrayList<>();
        for (Parsed parsed : read) {
            switch (parsed.kind()) {
                case UNREADABLE -> skipped.add(new SkippedFile(parsed.file().name(), parsed.problems().problems()));
                case CHECKLIST -> checklists.add(parsed);
                case PACK -> packs.add(parsed);
                case SCHEMA -> { }
            }
        }

        Map<String, String> dimensionOwners = new HashMap<>();
        List<ChecklistDimension> dimensions = new ArrayList<>();
        for (Parsed parsed : checklists) {
            ProblemCollector problems = parsed.problems();
            Checklist checklist = new ChecklistReader().read(parsed.root(), problems);
            if (checklist != null) {
                for (int i = 0; i < checklist.dimensions().size(); i++) {
                    String id = checklist.dimensions().get(i).id();
                    String owner = dimensionOwners.get(id);
                    if (owner != null) {
                        String at = "/dimensions/" + i + "/id";
                        problems.add(parsed.root().at(at).orElse(parsed.root()), at,
                                "dimension id \"" + id + "\" is already defined in " + owner);
                    }
                }
            }
            if (problems.isEmpty() && checklist != null) {
                checklist.dimensions().forEach(d -> dimensionOwners.put(d.id(), parsed.file().name()));
                dimensions.addAll(checklist.dimensions());
            } else {
                skipped.add(new SkippedFile(parsed.file().name(), problems.problems()));
            }
        }

        Set<String> dimensionIds = dimensionOwners.keySet();
        (sideBySide ? packs.parallelStream() : packs.stream()).forEach(p -> checkWithinPack(p.root(), p.problems(),
                dimensionIds));
        Map<String, String> questionOwners = new HashMap<>();
        Map<String, String> packOwners = new HashMap<>();
        List<LoadedPack> loaded = new ArrayList<>();
        for (Parsed parsed : packs) {
            ProblemCollector problems = parsed.problems();
            QuestionPack pack = parsed.pack();
            checkAgainstBank(parsed.root(), problems, questionOwners, packOwners);
            if (problems.isEmpty() && pack != null) {
                String source = parsed.file().name();
                packOwners.put(pack.info().id(), source);
                pack.questions().forEach(q -> questionOwners.put(q.id(), source));
                loaded.add(new LoadedPack(pack, source, parsed.file().origin(), parsed.diagrams()));
            } else {
                skipped.add(new SkippedFile(parsed.file().name(), problems.problems()));
            }
        }
        return new QuestionBank(loaded, dimensions, skipped);
    }

    private static Parsed read(Contents contents) {
        BankFile file = contents.file();
        ProblemCollector problems = new ProblemCollector(file.name());
        PackReader reader = new PackReader();
        JsonValue root = parse(contents, problems, reader.whileParsing(file.name()));
        if (root == null) {
            return new Parsed(file, Kind.UNREADABLE, null, problems);
        }
        if (isJsonSchema(root)) {
            return new Parsed(file, Kind.SCHEMA, root, problems);
        }
        if (isChecklist(root)) {
            return new Parsed(file, Kind.CHECKLIST, root, problems);
        }
        QuestionPack pack = reader.read(root, problems);
        return new Parsed(file, Kind.PACK, root, problems, pack, readDiagrams(file, root, problems));
    }

    /**
     * Reads and checks the reference diagram every question names, with the same codec as a session's
     * whiteboard. A diagram that is missing, too large or damaged makes the pack fail like any other
     * problem: at the {@code diagram} field, naming the diagram file, or at the diagram's own line and column.
     */
    private static Map<String, SavedBoard> readDiagrams(BankFile file, JsonValue root, ProblemCollector problems) {
        List<JsonValue> questions = questions(root);
        if (questions == null) {
            return Map.of();
        }
        Map<String, SavedBoard> boards = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String at = "/questions/" + i + "/reference/diagram";
            if (!(questions.get(i).at("/reference/diagram").orElse(null) instanceof JsonString name)
                    || !QuestionRules.isDiagramPath(name.value())
                    || !(questions.get(i).at("/id").orElse(null) instanceof JsonString id)) {
                continue;
            }
            String shown = file.besideName(name.value());
            byte[] bytes;
            try {
                bytes = file.attachments().read(name.value(), MAX_DIAGRAM_BYTES);
            } catch (UserFiles.TooLargeException e) {
                problems.add(name, at, "the reference diagram " + shown + " is larger than "
                        + MAX_DIAGRAM_BYTES / (1024 * 1024) + " MiB, the most a reference diagram may be; simplify it");
                continue;
            } catch (NoSuchFileException e) {
                problems.add(name, at, "the reference diagram " + shown + " does not exist; put it beside "
                        + file.name() + " or correct the name");
                continue;
            } catch (IOException e) {
                problems.add(name, at, "the reference diagram " + shown + " could not be read: " + e.getMessage());
                continue;
            }
            try {
                boards.put(id.value(), DIAGRAMS.decode(bytes));
            } catch (WhiteboardFormatException e) {
                problems.addElsewhere(new Problem(shown, new Location(Math.max(1, e.line()), Math.max(1, e.column())),
                        e.pointer(), e.detail() + " (the reference diagram of \"" + id.value() + "\" in " + file.name()
                                + ")"));
            }
        }
        return boards;
    }

    /**
     * Checks one pack file exactly as {@link #load} would if the file came after a bank whose ids are
     * {@code taken}: the pack reader's rules, ids already owned and trade-offs not defined.
     * Editors and importers use this so that they say what the loader says, in the same words.
     */
    public PackCheck check(BankFile file, TakenIds taken) {
        return check(file, taken, true);
    }

    /** {@link #check} without reading the files a pack names (its reference diagrams): for checks while typing. */
    public PackCheck checkWithoutFiles(BankFile file, TakenIds taken) {
        return check(file, taken, false);
    }

    private PackCheck check(BankFile file, TakenIds taken, boolean readFiles) {
        ProblemCollector problems = new ProblemCollector(file.name());
        JsonValue root = parse(Contents.of(file), problems, null);
        if (root == null) {
            return new PackCheck(Optional.empty(), problems.problems());
        }
        QuestionPack pack = new PackReader().read(root, problems);
        if (readFiles) {
            readDiagrams(file, root, problems);
        }
        checkWithinPack(root, problems, taken.dimensions());
        checkAgainstBank(root, problems, taken.questions(), taken.packs());
        return new PackCheck(problems.isEmpty() ? Optional.ofNullable(pack) : Optional.empty(), problems.problems());
    }

    /** The questions of a pack's tree, or null when it has none to check (the pack reader says why). */
    private static List<JsonValue> questions(JsonValue root) {
        if (root instanceof JsonObject pack && pack.get("questions").orElse(null) instanceof JsonArray questions
                && questions.items().size() <= PackReader.MAX_QUESTIONS) {
            return questions.items();
        }
        return null;
    }

    /**
     * Rules across the questions of one file: a question id used twice, a trade-off that no checklist
     * defines. They read the ids straight from the tree, so they are reported with the file's other
     * problems even when some questions could not be read.
     */
    private static void checkWithinPack(JsonValue root, ProblemCollector problems, Set<String> dimensions) {
        List<JsonValue> questions = questions(root);
        if (questions == null) {
            return;
        }
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!(questions.get(i) instanceof JsonObject question)) {
                continue;
            }
            if (question.get("id").orElse(null) instanceof JsonString idValue) {
                Integer earlier = firstUse.putIfAbsent(idValue.value(), i);
                if (earlier != null) {
                    problems.add(idValue, "/questions/" + i + "/id", "question id \"" + idValue.value()
                            + "\" is already used in this file at /questions/" + earlier);
                }
            }
            if (question.get("tradeOffs").orElse(null) instanceof JsonArray tradeOffs) {
                for (int t = 0; t < tradeOffs.items().size(); t++) {
                    if (tradeOffs.items().get(t) instanceof JsonString dimension
                            && !dimensions.contains(dimension.value())) {
                        problems.add(dimension, "/questions/" + i + "/tradeOffs/" + t, "unknown trade-off dimension \""
                                + dimension.value() + "\"; " + (dimensions.isEmpty() ? "no checklist with dimensions loaded"
                                        : "known: " + String.join(", ", dimensions.stream().sorted().toList())));
                    }
                }
            }
        }
    }

    /** Rules that need the files before this one: a pack id or question id they already own. */
    private static void checkAgainstBank(JsonValue root, ProblemCollector problems, Map<String, String> questionOwners,
            Map<String, String> packOwners) {
        root.at("/pack/id").ifPresent(v -> {
            if (v instanceof JsonString s && packOwners.containsKey(s.value())) {
                problems.add(v, "/pack/id", "pack id \"" + s.value() + "\" is already used by " + packOwners.get(s.value()));
            }
        });
        List<JsonValue> questions = questions(root);
        if (questions == null || questionOwners.isEmpty()) {
            return;
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) instanceof JsonObject question
                    && question.get("id").orElse(null) instanceof JsonString idValue) {
                String owner = questionOwners.get(idValue.value());
                if (owner != null) {
                    problems.add(idValue, "/questions/" + i + "/id", "question id \"" + idValue.value()
                            + "\" is already used in " + owner + " (ids must be unique across all packs)");
                }
            }
        }
    }

    private static JsonValue parse(Contents contents, ProblemCollector problems,
            LocatedJsonParser.ItemListener listener) {
        if (contents.failure() instanceof UserFiles.TooLargeException) {
            problems.add(Location.START, "", tooLarge("more than " + PackReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
            return null;
        }
        if (contents.failure() != null) {
            problems.add(Location.START, "", "could not read the file: " + contents.failure().getMessage());
            return null;
        }
        byte[] bytes = contents.bytes();
        if (bytes.length > PackReader.MAX_FILE_BYTES) {
            problems.add(Location.START, "", tooLarge((bytes.length + 1023L) / 1024 + " KiB"));
            return null;
        }
        problems.readFrom(bytes);
        LocatedJsonParser parser = new LocatedJsonParser();
        try {
            JsonValue root = parser.parse(bytes, listener);
            parser.duplicateKeys().forEach(d -> problems.add(d.location(), d.pointer(), "field \"" + d.name()
                    + "\" appears twice in the same object; the second one would silently win"));
            return root;
        } catch (JsonSyntaxException e) {
            problems.add(e.location(), "", e.getMessage());
            return null;
        }
    }

    private static String tooLarge(String size) {
        return "the file is " + size + "; a bank file may be at most " + PackReader.MAX_FILE_BYTES / (1024 * 1024)
                + " MiB (split it into several packs)";
    }

    static boolean isChecklist(JsonValue root) {
        return root instanceof JsonObject o && o.get("checklist").isPresent() && o.get("pack").isEmpty();
    }

    /** The schema files beside the packs describe the format; they are not packs themselves. */
    static boolean isJsonSchema(JsonValue root) {
        return root instanceof JsonObject o && o.get("pack").isEmpty()
                && o.get("$schema").filter(v -> v instanceof JsonString s && s.value().contains("json-schema.org")).isPresent();
    }
}
