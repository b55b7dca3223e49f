package app.rehearse.bank;

import app.rehearse.json.JsonValue;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ProblemCollector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a checklist file (trade-off dimensions) with the same error reporting as packs. */
public final class ChecklistReader {
    private static final Fields TOP = Fields.of("$schema", "schemaVersion", "checklist", "dimensions");
    private static final Fields INFO = Fields.of("id", "title", "version", "description");
    private static final Fields DIMENSION = Fields.of("id", "title", "left", "right", "description", "questions");

    public Checklist read(JsonValue root, ProblemCollector problems) {
        ObjectReader top = new ObjectReader(root, "", problems, TOP);
        if (!top.isObject()) {
            return null;
        }
        Integer version = top.integer("schemaVersion", true);
        if (version != null && version != Checklist.SCHEMA_VERSION) {
            problems.add(top.field("schemaVersion", false).orElseThrow(), "/schemaVersion", version > Checklist.SCHEMA_VERSION
                    ? "this checklist was written for a newer Rehearse (schemaVersion " + version + "); update Rehearse to use it"
                    : "schemaVersion must be " + Checklist.SCHEMA_VERSION + " (found " + version + ")");
        }
        String id = null;
        String title = null;
        String ver = null;
        JsonValue infoValue = top.field("checklist", true).orElse(null);
        if (infoValue != null) {
            ObjectReader info = new ObjectReader(infoValue, "/checklist", problems, INFO);
            id = info.string("id", true);
            title = info.string("title", true);
            ver = info.string("version", true);
            info.string("description", false);
        }
        List<ChecklistDimension> dimensions = new ArrayList<>();
        List<JsonValue> items = top.array("dimensions", true);
        if (items != null) {
            if (items.isEmpty()) {
                problems.add(top.field("dimensions", false).orElseThrow(), "/dimensions", "a checklist needs at least one dimension");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                ChecklistDimension d = readDimension(items.get(i), "/dimensions/" + i, problems);
                if (d != null && !seen.add(d.id())) {
                    problems.add(items.get(i).at("/id").orElse(items.get(i)), "/dimensions/" + i + "/id",
                            "dimension id \"" + d.id() + "\" is used twice in this checklist");
                } else if (d != null) {
                    dimensions.add(d);
                }
            }
        }
        return id == null || title == null || ver == null ? null : new Checklist(id, title, ver, dimensions);
    }

    private static ChecklistDimension readDimension(JsonValue value, String at, ProblemCollector problems) {
        ObjectReader r = new ObjectReader(value, at, problems, DIMENSION);
        if (!r.isObject()) {
            return null;
        }
        int before = problems.size();
        String id = r.string("id", true);
        String title = r.string("title", true);
        String left = r.string("left", true);
        String right = r.string("right", true);
        String description = r.string("description", true);
        List<String> questions = r.strings("questions", true);
        if (problems.size() != before) {
            return null;
        }
        List<Violation> rules = new ArrayList<>();
        QuestionRules.checkId(rules, "/id", id, QuestionRules.MAX_ID);
        QuestionRules.checkText(rules, "/title", "title", title, QuestionRules.MAX_TITLE);
        QuestionRules.checkText(rules, "/left", "left", left, QuestionRules.MAX_PHASE_NAME);
        QuestionRules.checkText(rules, "/right", "right", right, QuestionRules.MAX_PHASE_NAME);
        QuestionRules.checkText(rules, "/description", "description", description, QuestionRules.MAX_TEXT);
        if (questions.isEmpty()) {
            rules.add(new Violation("/questions", "a dimension needs at least one self-check question"));
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionRules.checkText(rules, "/questions/" + i, "questions item", questions.get(i), QuestionRules.MAX_TEXT);
        }
        for (Violation v : rules) {
            problems.add(value.at(v.pointer()).orElse(value), at + v.pointer(), v.message());
        }
        return rules.isEmpty() ? new ChecklistDimension(id, title, left, right, description, questions) : null;
    }
}
