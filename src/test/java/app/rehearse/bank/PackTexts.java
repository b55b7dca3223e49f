package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small pack and checklist texts with known line numbers, and a way to load them as a bank.
 * Tests change one line of {@link #PACK} and expect the problem at that line.
 */
public final class PackTexts {
    /** A checklist with two dimensions; every test bank includes it so tradeOffs can be checked. */
    public static final String CHECKLIST = """
            {
              "schemaVersion": 1,
              "checklist": {"id": "test", "title": "Test trade-offs", "version": "1"},
              "dimensions": [
                {
                  "id": "consistency-vs-availability",
                  "title": "Consistency vs availability",
                  "left": "Consistency",
                  "right": "Availability",
                  "description": "Refuse some requests or serve stale answers.",
                  "questions": ["Did I say what the user sees during a partition?"]
                },
                {
                  "id": "cost-vs-scalability",
                  "title": "Cost vs scalability",
                  "left": "Cost",
                  "right": "Scalability",
                  "description": "Headroom costs money before it earns any.",
                  "questions": ["Did I size the headroom with a number?"]
                }
              ]
            }
            """;

    /**
     * A valid one-question pack. Line numbers tests rely on:
     * 2 schemaVersion, 3 pack, 4-6 pack id/title/version, 8 questions, 9 the question object,
     * 10 id, 11 type, 12 title, 13 prompt, 14 level, 15 tags, 16 hints, 17 followUps, 18 the follow-up,
     * 20 rubric, 21 the criterion, 23 tradeOffs, 24 timeboxMinutes, 25 phases, 26-27 the phases.
     */
    public static final String PACK = """
            {
              "schemaVersion": 1,
              "pack": {
                "id": "sample-pack",
                "title": "Sample pack",
                "version": "1.0"
              },
              "questions": [
                {
                  "id": "design-a-queue",
                  "type": "system-design",
                  "title": "Design a queue",
                  "prompt": "Design a durable work queue.",
                  "level": "senior",
                  "tags": ["queues", "durability"],
                  "hints": ["Start with the delivery guarantee."],
                  "followUps": [
                    {"text": "A consumer crashes mid-task. What happens?", "kind": "curveball"}
                  ],
                  "rubric": [
                    {"criterion": "Delivery semantics", "strong": "Idempotent consumers.", "weak": "Assumes exactly-once.", "weight": 2}
                  ],
                  "tradeOffs": ["consistency-vs-availability"],
                  "timeboxMinutes": 45,
                  "phases": [
                    {"id": "clarify", "name": "Clarify", "minutes": 10},
                    {"id": "design", "name": "Design", "minutes": 35}
                  ]
                }
              ]
            }
            """;

    /** A valid behavioral question (as a questions-array item), for packs built with {@link #packWith}. */
    public static final String BEHAVIORAL_QUESTION = """
                {
                  "id": "disagreed-with-manager",
                  "type": "behavioral",
                  "title": "Disagreeing with your manager",
                  "prompt": "Tell me about a time you disagreed with your manager.",
                  "level": "staff",
                  "tags": ["conflict"],
                  "competency": "conflict",
                  "signals": ["Disagrees in private, commits in public"],
                  "hints": ["What did you do first?"],
                  "followUps": [{"text": "And if they had overruled you?"}],
                  "rubric": [{"criterion": "Outcome", "strong": "Names the result.", "weak": "No result."}],
                  "tradeOffs": ["cost-vs-scalability"]
                }""";

    private PackTexts() {}

    /** {@link #PACK} with the first occurrence of {@code target} replaced; fails loudly when it is not there. */
    public static String packReplacing(String target, String replacement) {
        return replace(PACK, target, replacement);
    }

    public static String replace(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** A pack with the given id holding the given question objects (JSON text, comma-joined). */
    public static String packWith(String packId, String... questions) {
        return "{\n  \"schemaVersion\": 1,\n  \"pack\": {\"id\": \"" + packId + "\", \"title\": \"T\", \"version\": \"1\"},\n"
                + "  \"questions\": [\n" + String.join(",\n", questions) + "\n  ]\n}\n";
    }

    /** The question object of {@link #PACK}, with a different id. */
    public static String sampleQuestion(String id) {
        String question = PACK.substring(PACK.indexOf("    {\n      \"id\""), PACK.lastIndexOf("    }") + 5);
        return replace(question, "\"design-a-queue\"", "\"" + id + "\"");
    }

    /** Loads the test checklist followed by the named files, in order. */
    public static QuestionBank load(Map<String, String> files) {
        List<BankFile> all = new ArrayList<>();
        all.add(file("checklist.json", CHECKLIST));
        files.forEach((name, text) -> all.add(file(name, text)));
        return new BankLoader().load(all);
    }

    public static QuestionBank load(String name, String text) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name, text);
        return load(files);
    }

    /** Every problem reported for one file, formatted as the user sees it. */
    public static List<String> problems(QuestionBank bank, String name) {
        return bank.skipped().stream().filter(s -> s.source().equals(name))
                .flatMap(s -> s.problems().stream()).map(Problem::format).toList();
    }

    /** Loads one file as {@code pack.json} and returns its problems. */
    public static List<String> problemsOf(String text) {
        return problems(load("pack.json", text), "pack.json");
    }

    public static BankFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new BankFile(name, BankFile.Origin.CUSTOM, () -> bytes);
    }
}
