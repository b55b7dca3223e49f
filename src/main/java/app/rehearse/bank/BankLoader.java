package app.rehearse.bank;

import app.rehearse.json.JsonSyntaxException;
import app.rehearse.json.JsonValue;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.LocatedJsonParser;
import app.rehearse.json.Location;
import app.rehearse.json.ProblemCollector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private record Parsed(BankFile file, JsonValue root) {}

    public QuestionBank load(List<BankFile> files) {
        List<SkippedFile> skipped = new ArrayList<>();
        List<Parsed> checklists = new ArrayList<>();
        List<Parsed> packs = new ArrayList<>();
        for (BankFile file : files) {
            ProblemCollector problems = new ProblemCollector(file.name());
            JsonValue root = parse(file, problems);
            if (root == null) {
                skipped.add(new SkippedFile(file.name(), problems.problems()));
            } else if (isJsonSchema(root)) {
                continue;
            } else if (isChecklist(root)) {
                checklists.add(new Parsed(file, root));
            } else {
                packs.add(new Parsed(file, root));
            }
        }

        Map<String, String> dimensionOwners = new HashMap<>();
        List<ChecklistDimension> dimensions = new ArrayList<>();
        for (Parsed parsed : checklists) {
            ProblemCollector problems = new ProblemCollector(parsed.file().name());
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

        Map<String, String> questionOwners = new HashMap<>();
        Map<String, String> packOwners = new HashMap<>();
        List<LoadedPack> loaded = new ArrayList<>();
        for (Parsed parsed : packs) {
            ProblemCollector problems = new ProblemCollector(parsed.file().name());
            QuestionPack pack = new PackReader().read(parsed.root(), problems);
            if (problems.isEmpty() && pack != null) {
                checkAgainstBank(parsed.root(), pack, problems, questionOwners, packOwners, dimensionOwners.keySet());
            }
            if (problems.isEmpty() && pack != null) {
                String source = parsed.file().name();
                packOwners.put(pack.info().id(), source);
                pack.questions().forEach(q -> questionOwners.put(q.id(), source));
                loaded.add(new LoadedPack(pack, source, parsed.file().origin()));
            } else {
                skipped.add(new SkippedFile(parsed.file().name(), problems.problems()));
            }
        }
        return new QuestionBank(loaded, dimensions, skipped);
    }

    /**
     * Checks one pack file exactly as {@link #load} would if the file came after a bank whose ids are
     * {@code taken}: the pack reader's rules, ids already owned and trade-offs not defined.
     * Editors and importers use this so that they say what the loader says, in the same words.
     */
    public PackCheck check(BankFile file, TakenIds taken) {
        ProblemCollector problems = new ProblemCollector(file.name());
        JsonValue root = parse(file, problems);
        if (root == null) {
            return new PackCheck(Optional.empty(), problems.problems());
        }
        QuestionPack pack = new PackReader().read(root, problems);
        // Unlike load, report clashes and unknown dimensions next to rule problems, so an editor shows
        // everything at once; only when every question was read, so indexes match the file.
        if (pack != null && root.at("/questions").filter(q -> q instanceof JsonValue.JsonArray a
                && a.items().size() == pack.questions().size()).isPresent()) {
            checkAgainstBank(root, pack, problems, taken.questions(), taken.packs(), taken.dimensions());
        }
        return new PackCheck(problems.isEmpty() ? Optional.ofNullable(pack) : Optional.empty(), problems.problems());
    }

    private static void checkAgainstBank(JsonValue root, QuestionPack pack, ProblemCollector problems,
            Map<String, String> questionOwners, Map<String, String> packOwners, Set<String> dimensions) {
        String packOwner = packOwners.get(pack.info().id());
        if (packOwner != null) {
            problems.add(root.at("/pack/id").orElse(root), "/pack/id",
                    "pack id \"" + pack.info().id() + "\" is already used by " + packOwner);
        }
        Map<String, Integer> withinPack = new LinkedHashMap<>();
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            String at = "/questions/" + i;
            JsonValue idValue = root.at(at + "/id").orElse(root);
            String owner = questionOwners.get(q.id());
            Integer earlier = withinPack.putIfAbsent(q.id(), i);
            if (owner != null) {
                problems.add(idValue, at + "/id", "question id \"" + q.id() + "\" is already used in " + owner
                        + " (ids must be unique across all packs)");
            } else if (earlier != null) {
                problems.add(idValue, at + "/id", "question id \"" + q.id() + "\" is already used in this file at /questions/"
                        + earlier);
            }
            for (int t = 0; t < q.tradeOffs().size(); t++) {
                String dimension = q.tradeOffs().get(t);
                if (!dimensions.contains(dimension)) {
                    String tAt = at + "/tradeOffs/" + t;
                    problems.add(root.at(tAt).orElse(root), tAt, "unknown trade-off dimension \"" + dimension
                            + "\"; known: " + String.join(", ", dimensions.stream().sorted().toList()));
                }
            }
        }
    }

    private static JsonValue parse(BankFile file, ProblemCollector problems) {
        byte[] bytes;
        try {
            bytes = file.contents().read();
        } catch (IOException e) {
            problems.add(Location.START, "", "could not read the file: " + e.getMessage());
            return null;
        }
        if (bytes.length > PackReader.MAX_FILE_BYTES) {
            problems.add(Location.START, "", "the file is " + bytes.length / 1024 + " KiB; a bank file may be at most "
                    + PackReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB (split it into several packs)");
            return null;
        }
        LocatedJsonParser parser = new LocatedJsonParser();
        try {
            JsonValue root = parser.parse(bytes);
            parser.duplicateKeys().forEach(d -> problems.add(d.location(), "", "field \"" + d.name()
                    + "\" appears twice in the same object; the second one would silently win"));
            return problems.isEmpty() ? root : null;
        } catch (JsonSyntaxException e) {
            problems.add(e.location(), "", e.getMessage());
            return null;
        }
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
