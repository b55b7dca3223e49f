package app.rehearse.grading;

import app.rehearse.bank.QuestionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a {@link GradeHistory} to and from a Jackson tree, so session storage can embed it
 * in {@code session.json} under {@link #FIELD}. Older versions are read; newer ones are
 * rejected with a message saying so instead of guessing. Fields this version does not know
 * are ignored. Shape of version 1:
 * <pre>{@code
 * { "version": 1,
 *   "scorecards": [ {
 *     "gradedAt": "2025-01-31T18:02:00Z", "questionType": "behavioral",
 *     "checklist": [ { "dimension": "build-vs-buy", "stressed": true, "level": 2, "note": "..." } ],
 *     "rubric": [ { "weight": 2, "level": 3 }, { "weight": 1 } ],
 *     "star": [ "situation", "action" ], "withinTarget": true,
 *     "notes": "...", "hintsUsed": 1, "hintsAvailable": 4, "overtimeSeconds": 75 } ] }
 * }</pre>
 * An absent {@code level}, {@code note} or {@code withinTarget} means unscored / none / unanswered.
 */
public final class GradeHistoryJson {
    public static final int VERSION = 1;
    /** The field of session.json that holds the grades. */
    public static final String FIELD = "grades";

    private GradeHistoryJson() {}

    public static ObjectNode toJson(GradeHistory history) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode().put("version", VERSION);
        ArrayNode cards = root.putArray("scorecards");
        history.scorecards().forEach(card -> cards.add(toJson(card, f)));
        return root;
    }

    private static ObjectNode toJson(Scorecard card, JsonNodeFactory f) {
        ObjectNode o = f.objectNode();
        o.put("gradedAt", card.gradedAt().toString());
        o.put("questionType", card.questionType().id());
        ArrayNode rows = o.putArray("checklist");
        for (ChecklistScore row : card.checklist()) {
            ObjectNode r = rows.addObject().put("dimension", row.dimensionId()).put("stressed", row.stressed());
            row.level().ifPresent(l -> r.put("level", l.points()));
            row.note().ifPresent(n -> r.put("note", n));
        }
        ArrayNode rubric = o.putArray("rubric");
        for (RubricScore s : card.rubric()) {
            ObjectNode r = rubric.addObject().put("weight", s.weight());
            s.level().ifPresent(l -> r.put("level", l.points()));
        }
        if (card.behavioral()) {
            ArrayNode star = o.putArray("star");
            card.star().forEach(e -> star.add(e.id()));
            card.withinTarget().ifPresent(w -> o.put("withinTarget", w));
        }
        o.put("notes", card.notes());
        if (!card.signalsShown().isEmpty()) {
            ArrayNode signals = o.putArray("signalsShown");
            card.signalsShown().forEach(signals::add);
        }
        o.put("hintsUsed", card.hintsUsed());
        o.put("hintsAvailable", card.hintsAvailable());
        o.put("overtimeSeconds", card.overtimeSeconds());
        return o;
    }

    /** Reads a tree written by {@link #toJson}; a missing node (null or JSON null) means no grades yet. */
    public static GradeHistory fromJson(JsonNode node) throws GradingFormatException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return GradeHistory.empty();
        }
        Fields root = Fields.of(node, "");
        int version = root.integer("version");
        if (version > VERSION) {
            throw new GradingFormatException("the grades were written by a newer Rehearse (version " + version
                    + "); this version reads up to " + VERSION + ". Update Rehearse to see or change them", true);
        }
        if (version < 1) {
            throw root.problem("version", "version must be 1 or more (found " + version + ")");
        }
        List<Scorecard> cards = new ArrayList<>();
        List<JsonNode> items = root.array("scorecards");
        for (int i = 0; i < items.size(); i++) {
            cards.add(readScorecard(root.child(items.get(i), "scorecards/" + i)));
        }
        return new GradeHistory(cards);
    }

    private static Scorecard readScorecard(Fields card) throws GradingFormatException {
        Instant gradedAt = card.instant("gradedAt");
        String typeId = card.string("questionType");
        QuestionType type = QuestionType.fromId(typeId)
                .orElseThrow(() -> card.problem("questionType", "unknown question type \"" + typeId + "\""));
        List<ChecklistScore> rows = new ArrayList<>();
        List<JsonNode> rowNodes = card.array("checklist");
        for (int i = 0; i < rowNodes.size(); i++) {
            Fields row = card.child(rowNodes.get(i), "checklist/" + i);
            Optional<ChecklistLevel> level = Optional.empty();
            Optional<Integer> points = row.optionalInteger("level");
            if (points.isPresent()) {
                level = Optional.of(ChecklistLevel.ofPoints(points.get())
                        .orElseThrow(() -> row.problem("level", "level must be from 0 to 3 (found " + points.get() + ")")));
            }
            rows.add(new ChecklistScore(row.string("dimension"), row.bool("stressed"), level, row.optionalString("note")));
        }
        List<RubricScore> rubric = new ArrayList<>();
        List<JsonNode> rubricNodes = card.array("rubric");
        for (int i = 0; i < rubricNodes.size(); i++) {
            Fields r = card.child(rubricNodes.get(i), "rubric/" + i);
            int weight = r.integer("weight");
            if (weight < 1) {
                throw r.problem("weight", "weight must be 1 or more (found " + weight + ")");
            }
            Optional<RubricLevel> level = Optional.empty();
            Optional<Integer> points = r.optionalInteger("level");
            if (points.isPresent()) {
                level = Optional.of(RubricLevel.ofPoints(points.get())
                        .orElseThrow(() -> r.problem("level", "level must be from 0 to 3 (found " + points.get() + ")")));
            }
            rubric.add(new RubricScore(weight, level));
        }
        Set<StarElement> star = EnumSet.noneOf(StarElement.class);
        List<JsonNode> starNodes = card.has("star") ? card.array("star") : List.of();
        for (int i = 0; i < starNodes.size(); i++) {
            String id = starNodes.get(i).asText();
            int at = i;
            star.add(StarElement.fromId(id).filter(e -> starNodes.get(at).isTextual())
                    .orElseThrow(() -> card.problem("star/" + at, "unknown STAR element " + starNodes.get(at))));
        }
        Optional<Boolean> within = card.has("withinTarget") ? Optional.of(card.bool("withinTarget")) : Optional.empty();
        String notes = card.optionalString("notes").orElse("");
        Set<String> signals = new LinkedHashSet<>();
        List<JsonNode> signalNodes = card.has("signalsShown") ? card.array("signalsShown") : List.of();
        for (int i = 0; i < signalNodes.size(); i++) {
            if (!signalNodes.get(i).isTextual()) {
                throw card.problem("signalsShown/" + i, "a reference signal must be text (found " + signalNodes.get(i) + ")");
            }
            signals.add(signalNodes.get(i).asText());
        }
        int hintsUsed = card.integer("hintsUsed");
        int hintsAvailable = card.integer("hintsAvailable");
        long overtime = card.longInteger("overtimeSeconds");
        try {
            return new Scorecard(type, rows, rubric, star, within, notes, hintsUsed, hintsAvailable, overtime, gradedAt,
                    signals);
        } catch (IllegalArgumentException e) {
            throw card.problem("", e.getMessage());
        }
    }

    /** Field access with messages that say where the problem is, relative to the grades object. */
    private record Fields(JsonNode node, String pointer) {
        static Fields of(JsonNode value, String pointer) throws GradingFormatException {
            if (!value.isObject()) {
                throw new Fields(value, pointer).problem("", "expected an object but found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return new Fields(value, pointer);
        }

        Fields child(JsonNode value, String path) throws GradingFormatException {
            return of(value, pointer + "/" + path);
        }

        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        GradingFormatException problem(String field, String message) {
            String at = field.isEmpty() ? pointer : pointer + "/" + field;
            return new GradingFormatException("the grades are damaged: " + message + (at.isEmpty() ? "" : " (at " + at + ")"),
                    false);
        }

        JsonNode require(String name) throws GradingFormatException {
            if (!has(name)) {
                throw problem(name, "missing field \"" + name + "\"");
            }
            return node.get(name);
        }

        int integer(String name) throws GradingFormatException {
            JsonNode v = require(name);
            if (!v.isInt()) {
                throw problem(name, "\"" + name + "\" must be a whole number");
            }
            return v.intValue();
        }

        long longInteger(String name) throws GradingFormatException {
            JsonNode v = require(name);
            if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                throw problem(name, "\"" + name + "\" must be a whole number");
            }
            return v.longValue();
        }

        Optional<Integer> optionalInteger(String name) throws GradingFormatException {
            return has(name) ? Optional.of(integer(name)) : Optional.empty();
        }

        String string(String name) throws GradingFormatException {
            JsonNode v = require(name);
            if (!v.isTextual()) {
                throw problem(name, "\"" + name + "\" must be text");
            }
            return v.textValue();
        }

        Optional<String> optionalString(String name) throws GradingFormatException {
            return has(name) ? Optional.of(string(name)) : Optional.empty();
        }

        boolean bool(String name) throws GradingFormatException {
            JsonNode v = require(name);
            if (!v.isBoolean()) {
                throw problem(name, "\"" + name + "\" must be true or false");
            }
            return v.booleanValue();
        }

        Instant instant(String name) throws GradingFormatException {
            String text = string(name);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(name, "\"" + name + "\" is not a time such as 2025-01-31T18:02:00Z (found \"" + text + "\")");
            }
        }

        List<JsonNode> array(String name) throws GradingFormatException {
            JsonNode v = require(name);
            if (!v.isArray()) {
                throw problem(name, "\"" + name + "\" must be a list");
            }
            List<JsonNode> items = new ArrayList<>();
            v.forEach(items::add);
            return items;
        }
    }
}
