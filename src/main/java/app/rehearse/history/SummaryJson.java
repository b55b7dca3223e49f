package app.rehearse.history;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.practice.SessionState;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link SessionSummary} in the index cache: a JSON array in a fixed order (the order of the
 * record's components, optional values as null), written and read with Jackson's streaming API.
 * Field names and a tree of a few hundred thousand nodes would double the time to open 5,000
 * sessions in a fresh JVM; the cache's version covers any change to the order.
 */
final class SummaryJson {
    private SummaryJson() {}

    static void write(JsonGenerator g, SessionSummary s) throws IOException {
        g.writeStartArray();
        g.writeString(s.questionId());
        g.writeString(s.title());
        g.writeString(s.type().id());
        g.writeString(s.level().id());
        strings(g, s.tags());
        optional(g, s.competency());
        strings(g, s.tradeOffs());
        g.writeNumber(s.createdAt().toEpochMilli());
        optional(g, s.finishedAt().map(Instant::toEpochMilli));
        g.writeString(s.state().id());
        g.writeNumber(s.durationMs());
        g.writeNumber(s.plannedMs());
        g.writeNumber(s.overtimeMs());
        g.writeNumber(s.hintsUsed());
        g.writeNumber(s.hintsAvailable());
        g.writeNumber(s.followUpsAsked());
        optional(g, s.score().isPresent() ? Optional.of((long) s.score().getAsInt()) : Optional.empty());
        optional(g, s.gradedAt().map(Instant::toEpochMilli));
        g.writeStartObject();
        for (Map.Entry<String, Integer> e : s.dimensionPoints().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeString(s.gradeNotes());
        optional(g, s.gradeProblem());
        g.writeNumber(s.notesLength());
        optional(g, s.story());
        optional(g, s.loop().map(LoopRound::encode));
        g.writeEndArray();
    }

    /** Reads the array the parser is at; throws {@link IllegalArgumentException} when it does not have the right shape. */
    static SessionSummary read(JsonParser p, String id, Path folder) throws IOException {
        expect(p.currentToken() == JsonToken.START_ARRAY, "summary");
        String questionId = text(p);
        String title = text(p);
        QuestionType type = QuestionType.fromId(text(p)).orElseThrow(() -> new IllegalArgumentException("type"));
        Level level = Level.fromId(text(p)).orElseThrow(() -> new IllegalArgumentException("level"));
        p.nextToken();
        List<String> tags = strings(p);
        Optional<String> competency = optionalText(p);
        p.nextToken();
        List<String> tradeOffs = strings(p);
        Instant createdAt = Instant.ofEpochMilli(number(p));
        Optional<Instant> finishedAt = optionalNumber(p).map(Instant::ofEpochMilli);
        SessionState state = SessionState.valueOf(text(p).toUpperCase(Locale.ROOT));
        long duration = number(p);
        long planned = number(p);
        long overtime = number(p);
        int hintsUsed = (int) number(p);
        int hintsAvailable = (int) number(p);
        int followUps = (int) number(p);
        OptionalInt score = optionalNumber(p).map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
        Optional<Instant> gradedAt = optionalNumber(p).map(Instant::ofEpochMilli);
        p.nextToken();
        Map<String, Integer> points = points(p);
        String gradeNotes = text(p);
        Optional<String> gradeProblem = optionalText(p);
        int notesLength = (int) number(p);
        Optional<String> story = optionalText(p);
        Optional<LoopRound> loop = optionalText(p).map(LoopRound::decode);
        expect(p.nextToken() == JsonToken.END_ARRAY, "summary");
        return new SessionSummary(id, folder, questionId, title, type, level, tags, competency, tradeOffs, createdAt,
                finishedAt, state, duration, planned, overtime, hintsUsed, hintsAvailable, followUps, score, gradedAt,
                points, gradeNotes, gradeProblem, notesLength, story, loop);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, Optional<?> value) throws IOException {
        if (value.isEmpty()) {
            g.writeNull();
        } else if (value.get() instanceof Long n) {
            g.writeNumber(n);
        } else {
            g.writeString(value.get().toString());
        }
    }

    private static String text(JsonParser p) throws IOException {
        expect(p.nextToken() == JsonToken.VALUE_STRING, "text");
        return p.getText();
    }

    private static Optional<String> optionalText(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(current(p));
    }

    private static String current(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.VALUE_STRING, "text");
        return p.getText();
    }

    private static long number(JsonParser p) throws IOException {
        expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "number");
        return p.getLongValue();
    }

    private static Optional<Long> optionalNumber(JsonParser p) throws IOException {
        if (p.nextToken() == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        expect(p.currentToken() == JsonToken.VALUE_NUMBER_INT, "number");
        return Optional.of(p.getLongValue());
    }

    /** The string array the parser is at. */
    static List<String> strings(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.START_ARRAY, "list");
        List<String> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            out.add(p.getText());
        }
        expect(p.currentToken() == JsonToken.END_ARRAY, "list of text");
        return out;
    }

    private static Map<String, Integer> points(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.START_OBJECT, "dimensionPoints");
        Map<String, Integer> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "points");
            out.put(name, p.getIntValue());
        }
        return out;
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("malformed " + what);
        }
    }
}
