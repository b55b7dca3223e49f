package app.rehearse.grading;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.json.JsonValue;
import app.rehearse.json.JsonValue.JsonNull;
import app.rehearse.json.JsonValue.JsonString;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.ProblemCollector;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private static final Fields TOP = Fields.open("version", "scorecards");
    private static final Fields SCORECARD = Fields.open("gradedAt", "questionType", "checklist", "rubric", "star",
            "withinTarget", "notes", "signalsShown", "hintsUsed", "hintsAvailable", "overtimeSeconds", "level", "rescueUsed");
    private static final Fields CHECKLIST_ROW = Fields.open("dimension", "stressed", "level", "note");
    private static final Fields RUBRIC_ROW = Fields.open("weight", "level");
    private static final Map<String, Level> LEVELS = ObjectReader.choices(Level.values(), Level::id);
    private static final Map<String, QuestionType> TYPES = ObjectReader.choices(QuestionType.values(),
            QuestionType::id);

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
        card.level().ifPresent(l -> o.put("level", l.id()));
        if (card.rescueUsed()) {
            o.put("rescueUsed", true);
        }
        return o;
    }

    /**
     * Reads grades written by {@link #toJson}, found at {@code /grades} of a file whose problems go to
     * {@code problems}; absent (or null) grades mean none yet. Every problem is reported at its place in that file.
     */
    public static GradeHistory fromJson(Optional<JsonValue> grades, ProblemCollector problems)
            throws GradingFormatException {
        if (grades.isEmpty() || grades.get() instanceof JsonNull) {
            return GradeHistory.empty();
        }
        try {
            ObjectReader root = new ObjectReader(grades.get(), "/" + FIELD, problems, TOP);
            StoredJson.version(root, VERSION);
            List<Scorecard> cards = new ArrayList<>();
            List<JsonValue> items = root.array("scorecards", true);
            for (int i = 0; items != null && i < items.size(); i++) {
                cards.add(readScorecard(root.item("scorecards", i, items.get(i), SCORECARD), problems));
            }
            StoredJson.check(problems);
            return new GradeHistory(cards);
        } catch (UnreadableJsonException e) {
            throw new GradingFormatException(e.newerVersion() ? e.getMessage() + ". Update Rehearse to see or change them"
                    : "the grades are damaged: " + e.getMessage(), e.newerVersion());
        }
    }

    private static Scorecard readScorecard(ObjectReader card, ProblemCollector problems) {
        if (!card.isObject()) {
            return null;
        }
        int before = problems.size();
        Instant gradedAt = card.instant("gradedAt", true);
        QuestionType type = card.choice("questionType", true, TYPES);
        List<ChecklistScore> rows = new ArrayList<>();
        List<JsonValue> rowValues = card.array("checklist", true);
        for (int i = 0; rowValues != null && i < rowValues.size(); i++) {
            ObjectReader row = card.item("checklist", i, rowValues.get(i), CHECKLIST_ROW);
            Optional<ChecklistLevel> level = points(row).flatMap(ChecklistLevel::ofPoints);
            String dimension = row.string("dimension", true);
            Boolean stressed = row.bool("stressed", true);
            rows.add(new ChecklistScore(dimension, Boolean.TRUE.equals(stressed), level,
                    Optional.ofNullable(row.string("note", false))));
        }
        List<RubricScore> rubric = new ArrayList<>();
        List<JsonValue> rubricValues = card.array("rubric", true);
        for (int i = 0; rubricValues != null && i < rubricValues.size(); i++) {
            ObjectReader r = card.item("rubric", i, rubricValues.get(i), RUBRIC_ROW);
            Integer weight = r.integer("weight", true);
            Optional<RubricLevel> level = points(r).flatMap(RubricLevel::ofPoints);
            if (weight != null && weight < 1) {
                r.problem("weight", "weight must be 1 or more (found " + weight + ")");
            } else if (weight != null) {
                rubric.add(new RubricScore(weight, level));
            }
        }
        Set<StarElement> star = EnumSet.noneOf(StarElement.class);
        List<JsonValue> starValues = card.array("star", false);
        for (int i = 0; starValues != null && i < starValues.size(); i++) {
            JsonValue value = starValues.get(i);
            Optional<StarElement> element = value instanceof JsonString id ? StarElement.fromId(id.value()) : Optional.empty();
            if (element.isPresent()) {
                star.add(element.get());
            } else {
                problems.add(value, card.child("star") + "/" + i, "unknown STAR element " + describe(value));
            }
        }
        Optional<Boolean> within = Optional.ofNullable(card.bool("withinTarget", false));
        String notes = Optional.ofNullable(card.string("notes", false)).orElse("");
        List<String> signals = card.strings("signalsShown", false);
        Integer hintsUsed = card.integer("hintsUsed", true);
        Integer hintsAvailable = card.integer("hintsAvailable", true);
        Long overtime = card.longInteger("overtimeSeconds", true);
        Level level = card.choice("level", false, LEVELS);
        boolean rescueUsed = Boolean.TRUE.equals(card.bool("rescueUsed", false));
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Scorecard(type, rows, rubric, star, within, notes, hintsUsed, hintsAvailable, overtime, gradedAt,
                    signals == null ? Set.of() : new LinkedHashSet<>(signals), Optional.ofNullable(level), rescueUsed);
        } catch (IllegalArgumentException e) {
            card.problem("", e.getMessage());
            return null;
        }
    }

    private static String describe(JsonValue value) {
        return value instanceof JsonString s ? "\"" + s.value() + "\"" : value.kindName();
    }

    /** A row's optional {@code level}: points from 0 to 3, or empty (a wrong value is reported). */
    private static Optional<Integer> points(ObjectReader row) {
        Integer points = row.integer("level", false);
        if (points != null && (points < 0 || points > 3)) {
            row.problem("level", "level must be from 0 to 3 (found " + points + ")");
            return Optional.empty();
        }
        return Optional.ofNullable(points);
    }
}
