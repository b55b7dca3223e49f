package app.rehearse.bank;

import app.rehearse.json.JsonValue;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ProblemCollector;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.BundledResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the shipped reference sheets beside the question bank: {@code reference/numbers.json} and
 * {@code reference/concepts.json}. Either is read whole or not at all; a problem is named
 * {@code file:line:col: message (at /pointer)}.
 */
public final class ReferenceSheets {
    static final String NUMBERS = BankSources.REFERENCE + "/numbers.json";
    static final String CONCEPTS = BankSources.REFERENCE + "/concepts.json";
    private static final int VERSION = 1;
    private static final Fields NUMBERS_TOP = Fields.of("$schema", "schemaVersion", "sections");
    private static final Fields SECTION = Fields.of("id", "title", "note", "rows");
    private static final Fields ROW = Fields.of("item", "value", "assumes");
    private static final Fields CONCEPTS_TOP = Fields.of("$schema", "schemaVersion", "concepts");
    private static final Fields CONCEPT = Fields.of("id", "term", "explanation", "whenToUse", "costs", "tags");

    private ReferenceSheets() {}

    /** The numbers sheet that ships with the app (file I/O: not on the UI thread). */
    public static NumbersSheet shippedNumbers() throws UnreadableJsonException {
        return numbers(shipped(NUMBERS), NUMBERS);
    }

    /** The glossary that ships with the app (file I/O: not on the UI thread). */
    public static Glossary shippedGlossary() throws UnreadableJsonException {
        return glossary(shipped(CONCEPTS), CONCEPTS);
    }

    public static NumbersSheet numbers(byte[] utf8, String source) throws UnreadableJsonException {
        StoredJson json = StoredJson.parse(utf8, source);
        ProblemCollector problems = json.problems();
        ObjectReader top = new ObjectReader(json.root(), "", problems, NUMBERS_TOP);
        version(top);
        List<NumbersSheet.Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonValue> values = top.array("sections", true);
        for (int i = 0; values != null && i < values.size(); i++) {
            ObjectReader s = top.item("sections", i, values.get(i), SECTION);
            String id = s.string("id", true);
            if (id != null && !ids.add(id)) {
                s.problem("id", "section id \"" + id + "\" is used twice");
            }
            List<NumbersSheet.Row> rows = new ArrayList<>();
            List<JsonValue> rowValues = s.array("rows", true);
            for (int j = 0; rowValues != null && j < rowValues.size(); j++) {
                ObjectReader r = s.item("rows", j, rowValues.get(j), ROW);
                rows.add(new NumbersSheet.Row(text(r, "item"), text(r, "value"), text(r, "assumes")));
            }
            sections.add(new NumbersSheet.Section(id, text(s, "title"), text(s, "note"), rows));
        }
        StoredJson.check(problems);
        return new NumbersSheet(sections);
    }

    public static Glossary glossary(byte[] utf8, String source) throws UnreadableJsonException {
        StoredJson json = StoredJson.parse(utf8, source);
        ProblemCollector problems = json.problems();
        ObjectReader top = new ObjectReader(json.root(), "", problems, CONCEPTS_TOP);
        version(top);
        List<Glossary.Concept> concepts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonValue> values = top.array("concepts", true);
        for (int i = 0; values != null && i < values.size(); i++) {
            ObjectReader c = top.item("concepts", i, values.get(i), CONCEPT);
            String id = c.string("id", true);
            if (id != null && !ids.add(id)) {
                c.problem("id", "concept id \"" + id + "\" is used twice");
            }
            List<String> tags = c.strings("tags", true);
            if (tags != null && tags.isEmpty()) {
                c.problem("tags", "a concept needs at least one tag that leads to it");
            }
            concepts.add(new Glossary.Concept(id, text(c, "term"), text(c, "explanation"), text(c, "whenToUse"),
                    text(c, "costs"), tags == null ? List.of() : tags));
        }
        StoredJson.check(problems);
        return new Glossary(concepts);
    }

    private static void version(ObjectReader top) {
        Integer version = top.integer("schemaVersion", true);
        if (version != null && version != VERSION) {
            top.problem("schemaVersion", "this Rehearse reads schemaVersion " + VERSION + " (found " + version + ")");
        }
    }

    /** A required text that must say something. */
    private static String text(ObjectReader r, String name) {
        String value = r.string(name, true);
        if (value != null && value.isBlank()) {
            r.problem(name, "\"" + name + "\" must not be empty");
        }
        return value;
    }

    private static byte[] shipped(String path) {
        try {
            return BundledResources.read("/" + BankSources.SHIPPED_ROOT + "/" + path);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the shipped " + path + " is missing from the classpath", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped " + path, e);
        }
    }
}
