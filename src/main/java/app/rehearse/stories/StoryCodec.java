package app.rehearse.stories;

import app.rehearse.bank.QuestionRules;
import app.rehearse.json.Jackson;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stories/<id>.json}, version 1:
 * <pre>{@code
 * { "version": 1, "id": "checkout-migration", "title": "Moving checkout off the monolith",
 *   "from": "2023-02", "until": "2023-09", "situation": "...", "task": "...", "action": "...",
 *   "result": "...", "metrics": ["p99 from 900 ms to 120 ms"], "scope": "multi-team",
 *   "learned": "...", "competencies": ["ownership", "influence-without-authority"],
 *   "createdAt": "2026-11-02T18:00:00Z", "updatedAt": "2026-11-02T18:30:00Z" }
 * }</pre>
 * Read through {@link StoredJson}: a newer version is refused as such, and damage is named by line and column.
 */
public final class StoryCodec {
    public static final int VERSION = 1;
    private static final Fields FIELDS = Fields.open("version", "id", "title", "from", "until", "situation", "task",
            "action", "result", "metrics", "scope", "learned", "competencies", "createdAt", "updatedAt");
    private static final Map<String, StoryScope> SCOPES = ObjectReader.choices(StoryScope.values(), StoryScope::id);
    private StoryCodec() {}

    public static byte[] write(Story story) {
        ObjectNode root = Jackson.MAPPER.createObjectNode().put("version", VERSION).put("id", story.id())
                .put("title", story.title()).put("from", story.from().toString());
        story.until().ifPresent(u -> root.put("until", u.toString()));
        root.put("situation", story.situation()).put("task", story.task()).put("action", story.action())
                .put("result", story.result());
        story.metrics().forEach(root.putArray("metrics")::add);
        root.put("scope", story.scope().id()).put("learned", story.learned());
        story.competencies().forEach(root.putArray("competencies")::add);
        root.put("createdAt", story.createdAt().toString()).put("updatedAt", story.updatedAt().toString());
        try {
            return Jackson.PRETTY.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a story tree always serialises", e);
        }
    }

    public static Story read(byte[] utf8, String source) throws UnreadableJsonException {
        StoredJson file = StoredJson.parse(utf8, source);
        ObjectReader r = new ObjectReader(file.root(), "", file.problems(), FIELDS);
        StoredJson.version(r, VERSION);
        String id = r.string("id", true);
        if (id != null && !QuestionRules.isKebabCase(id)) {
            r.problem("id", "a story id is lower-case words joined by hyphens (found \"" + id + "\")");
        }
        String title = r.string("title", true);
        if (title != null && title.isBlank()) {
            r.problem("title", "a story needs a title");
        }
        YearMonth from = month(r, "from", true);
        Optional<YearMonth> until = Optional.ofNullable(month(r, "until", false));
        StoryScope scope = r.choice("scope", true, SCOPES);
        Story story = new Story(id, title, from, until, text(r, "situation"), text(r, "task"), text(r, "action"),
                text(r, "result"), list(r, "metrics"), scope, text(r, "learned"), list(r, "competencies"),
                r.instant("createdAt", true), r.instant("updatedAt", true));
        StoredJson.check(file.problems());
        return story;
    }

    private static YearMonth month(ObjectReader r, String name, boolean required) {
        String text = r.string(name, required);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            r.problem(name, "\"" + name + "\" must be a month such as 2023-04 (found \"" + text + "\")");
            return null;
        }
    }

    private static String text(ObjectReader r, String name) {
        String text = r.string(name, false);
        return text == null ? "" : text;
    }

    private static List<String> list(ObjectReader r, String name) {
        List<String> items = r.strings(name, false);
        return items == null ? List.of() : items;
    }
}
