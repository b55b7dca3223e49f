package app.rehearse.bank;

import static app.rehearse.bank.PackTexts.PACK;
import static app.rehearse.bank.PackTexts.packReplacing;
import static app.rehearse.bank.PackTexts.packWith;
import static app.rehearse.bank.PackTexts.problemsOf;
import static app.rehearse.bank.PackTexts.sampleQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every kind of problem in one pack file, with the exact line a user reads:
 * {@code file:LINE:COL: message (at /pointer)}. Line numbers refer to {@link PackTexts#PACK}.
 */
class PackReaderErrorsTest {
    private static final String QUESTION_FIELDS = "id, type, title, prompt, level, tags, competency, signals, hints,"
            + " rescueHint, followUps, rubric, tradeOffs, timeboxMinutes, phases, reference";

    @Test
    void theSamplePackIsValid() {
        assertThat(problemsOf(PACK)).isEmpty();
    }

    @Nested
    class Syntax {
        @Test
        void aMissingCommaIsReportedWhereTheNextFieldStarts() {
            String text = packReplacing("\"title\": \"Sample pack\",", "\"title\": \"Sample pack\"");

            assertThat(problemsOf(text)).containsExactly("pack.json:6:5: invalid JSON: Unexpected character ('\"' (code 34)):"
                    + " was expecting comma to separate Object entries");
        }

        @Test
        void columnsCountCharactersNotBytesOnLinesWithAccentsQuotesAndEmoji() {
            // "é", "—" and the curly quotes take 2 or 3 bytes in UTF-8 and the emoji 4 (two UTF-16 units).
            String title = "\"title\": \"Caf\u00e9 \u2014 \u201cdesign\u201d \uD83D\uDE00\", ";
            String text = packReplacing("\"title\": \"Sample pack\",", title + "\"title\": \"Again\", oops,");
            String[] lines = text.split("\n", -1);
            int line = java.util.Arrays.asList(lines).indexOf(java.util.Arrays.stream(lines)
                    .filter(l -> l.contains("oops")).findFirst().orElseThrow()) + 1;
            String shown = lines[line - 1];

            assertThat(problemsOf(text)).hasSize(1).first().asString()
                    .startsWith("pack.json:" + line + ":" + (shown.indexOf("oops") + 1) + ": invalid JSON");
        }

        @Test
        void aRepeatedFieldAfterNonAsciiTextIsReportedAtItsCharacterColumn() {
            String text = packReplacing("\"title\": \"Sample pack\",",
                    "\"title\": \"\u00e9t\u00e9 \u2192 hiver\", \"title\": \"Again\",");
            String shown = text.split("\n", -1)[4];

            assertThat(problemsOf(text)).contains("pack.json:5:" + (shown.lastIndexOf("\"title\"") + 1)
                    + ": field \"title\" appears twice in the same object; the second one would silently win (at /pack/title)");
        }

        @Test
        void aTruncatedFileIsReportedAtItsEnd() {
            String text = PACK.substring(0, PACK.indexOf("\"questions\""));

            assertThat(problemsOf(text)).containsExactly(
                    "pack.json:8:3: invalid JSON: Unexpected end-of-input within/between Object entries");
        }

        @Test
        void parserMessagesDoNotLeakParserInternals() {
            assertThat(problemsOf("{")).containsExactly("pack.json:1:2: invalid JSON: Unexpected end-of-input: expected close"
                    + " marker for Object (start marker at line 1, column 1)");
        }

        @Test
        void contentAfterTheObjectIsAnError() {
            assertThat(problemsOf(PACK + "{}")).containsExactly(
                    "pack.json:32:1: unexpected content after the end of the JSON value");
        }

        @Test
        void anEmptyFileSaysItIsEmpty() {
            assertThat(problemsOf("")).containsExactly("pack.json:1:1: the file is empty; expected a JSON object");
            assertThat(problemsOf("  \n\t\n")).containsExactly("pack.json:1:1: the file is empty; expected a JSON object");
        }

        @Test
        void aTopLevelValueThatIsNotAnObjectIsNamed() {
            assertThat(problemsOf("[1, 2]")).containsExactly("pack.json:1:1: expected an object but found an array");
            assertThat(problemsOf("\"a pack\"")).containsExactly("pack.json:1:1: expected an object but found a string");
            assertThat(problemsOf("42")).containsExactly("pack.json:1:1: expected an object but found an integer");
            assertThat(problemsOf("null")).containsExactly("pack.json:1:1: expected an object but found null");
        }

        @Test
        void aNumberBeyondAnyRangeIsAnErrorNotACrash() {
            assertThat(problemsOf(packReplacing("45", "1e2147483648"))).containsExactly(
                    "pack.json:24:25: invalid JSON: the number 1e2147483648 is out of range");
        }

        @Test
        void nestingDeeperThanTheCapIsReportedWhereItHappens() {
            String deep = "{\"pack\": " + "[".repeat(70) + "]".repeat(70) + "}";

            assertThat(problemsOf(deep)).containsExactly(
                    "pack.json:1:73: invalid JSON: Document nesting depth (65) exceeds the maximum allowed (64)");
        }

        @Test
        void aStringLongerThanTheParserCapIsReportedWhereItStarts() {
            String text = packReplacing("\"Design a durable work queue.\"", "\"" + "x".repeat(150_000) + "\"");

            assertThat(problemsOf(text)).singleElement().asString()
                    .startsWith("pack.json:13:17: invalid JSON: String value length (")
                    .endsWith(") exceeds the maximum allowed (100000)");
        }
    }

    @Nested
    class MissingFields {
        @Test
        void atTheTop() {
            String text = PACK.substring(0, PACK.indexOf(",\n  \"questions\"")) + "\n}\n";

            assertThat(problemsOf(text)).containsExactly("pack.json:1:1: missing required field \"questions\"");
        }

        @Test
        void inThePackInfo() {
            assertThat(problemsOf(packReplacing("    \"title\": \"Sample pack\",\n", ""))).containsExactly(
                    "pack.json:3:11: missing required field \"title\" (at /pack)");
        }

        @Test
        void inAQuestion() {
            assertThat(problemsOf(packReplacing("      \"title\": \"Design a queue\",\n", ""))).containsExactly(
                    "pack.json:9:5: missing required field \"title\" (at /questions/0)");
        }

        @Test
        void inAFollowUp() {
            assertThat(problemsOf(packReplacing("\"text\": \"A consumer crashes mid-task. What happens?\", ", "")))
                    .containsExactly("pack.json:18:9: missing required field \"text\" (at /questions/0/followUps/0)");
        }

        @Test
        void inARubricCriterion() {
            assertThat(problemsOf(packReplacing("\"strong\": \"Idempotent consumers.\", ", ""))).containsExactly(
                    "pack.json:21:9: missing required field \"strong\" (at /questions/0/rubric/0)");
        }

        @Test
        void inAPhase() {
            assertThat(problemsOf(packReplacing(", \"minutes\": 10", ""))).containsExactly(
                    "pack.json:26:9: missing required field \"minutes\" (at /questions/0/phases/0)");
        }
    }

    @Nested
    class UnknownFields {
        @Test
        void aTypoOfAnOptionalFieldSuggestsTheRightName() {
            assertThat(problemsOf(packReplacing("\"timeboxMinutes\"", "\"timeboxMinuts\""))).containsExactly(
                    "pack.json:24:7: unknown field \"timeboxMinuts\" (did you mean \"timeboxMinutes\"?)"
                            + " (at /questions/0/timeboxMinuts)");
        }

        @Test
        void aTypoOfARequiredFieldAlsoReportsTheFieldAsMissingInFileOrder() {
            assertThat(problemsOf(packReplacing("\"type\"", "\"tpye\""))).containsExactly(
                    "pack.json:9:5: missing required field \"type\" (at /questions/0)",
                    "pack.json:11:7: unknown field \"tpye\" (did you mean \"type\"?) (at /questions/0/tpye)");
        }

        @Test
        void aTypoInThePackInfoSuggestsTheRightName() {
            assertThat(problemsOf(packReplacing("\"version\": \"1.0\"", "\"version\": \"1.0\", \"autor\": \"Me\"")))
                    .containsExactly("pack.json:6:23: unknown field \"autor\" (did you mean \"author\"?) (at /pack/autor)");
        }

        @Test
        void aNameFarFromAnyFieldListsTheAllowedOnes() {
            assertThat(problemsOf(packReplacing("\"timeboxMinutes\"", "\"duration\""))).containsExactly(
                    "pack.json:24:7: unknown field \"duration\" (allowed: " + QUESTION_FIELDS + ") (at /questions/0/duration)");
        }
    }

    @Nested
    class WrongTypes {
        @Test
        void aStringWhereAnArrayBelongs() {
            assertThat(problemsOf(packReplacing("[\"queues\", \"durability\"]", "\"queues\""))).containsExactly(
                    "pack.json:15:15: \"tags\" must be an array but is a string (at /questions/0/tags)");
        }

        @Test
        void anObjectWhereAnArrayBelongs() {
            assertThat(problemsOf(packReplacing("[\"Start with the delivery guarantee.\"]", "{\"first\": \"x\"}")))
                    .containsExactly("pack.json:16:16: \"hints\" must be an array but is an object (at /questions/0/hints)");
        }

        @Test
        void aNumberWhereAStringBelongs() {
            assertThat(problemsOf(packReplacing("\"Design a queue\"", "42"))).containsExactly(
                    "pack.json:12:16: expected a string but found an integer (at /questions/0/title)");
        }

        @Test
        void aStringWhereANumberBelongs() {
            assertThat(problemsOf(packReplacing("45", "\"45\""))).containsExactly(
                    "pack.json:24:25: \"timeboxMinutes\" must be an integer but is a string (at /questions/0/timeboxMinutes)");
        }

        @Test
        void aFractionWhereAnIntegerBelongs() {
            assertThat(problemsOf(packReplacing("45", "45.5"))).containsExactly(
                    "pack.json:24:25: \"timeboxMinutes\" must be an integer but is a number (at /questions/0/timeboxMinutes)");
        }

        @Test
        void aStringWhereAFollowUpObjectBelongs() {
            assertThat(problemsOf(packReplacing(
                    "{\"text\": \"A consumer crashes mid-task. What happens?\", \"kind\": \"curveball\"}", "\"What if?\"")))
                    .containsExactly("pack.json:18:9: expected an object but found a string (at /questions/0/followUps/0)");
        }
    }

    @Nested
    class EnumValues {
        @Test
        void anUnknownType() {
            assertThat(problemsOf(packReplacing("\"system-design\"", "\"system design\""))).containsExactly(
                    "pack.json:11:15: \"type\" must be one of system-design, behavioral, trade-off (found \"system design\")"
                            + " (at /questions/0/type)");
        }

        @Test
        void anUnknownLevel() {
            assertThat(problemsOf(packReplacing("\"senior\"", "\"junior\""))).containsExactly(
                    "pack.json:14:16: \"level\" must be one of mid, senior, staff, principal (found \"junior\")"
                            + " (at /questions/0/level)");
        }

        @Test
        void anUnknownFollowUpKind() {
            assertThat(problemsOf(packReplacing("\"curveball\"", "\"trick\""))).containsExactly(
                    "pack.json:18:72: \"kind\" must be one of probe, curveball (found \"trick\") (at /questions/0/followUps/0/kind)");
        }
    }

    @Nested
    class SchemaVersion {
        @Test
        void aNewerVersionAsksToUpdateRehearse() {
            assertThat(problemsOf(packReplacing("\"schemaVersion\": 1", "\"schemaVersion\": 2"))).containsExactly(
                    "pack.json:2:20: this pack was written for a newer Rehearse (schemaVersion 2); this version reads 1."
                            + " Update Rehearse to use it (at /schemaVersion)");
        }

        @Test
        void anOlderOrMadeUpVersionIsWrong() {
            assertThat(problemsOf(packReplacing("\"schemaVersion\": 1", "\"schemaVersion\": 0"))).containsExactly(
                    "pack.json:2:20: schemaVersion must be 1 (found 0) (at /schemaVersion)");
        }

        @Test
        void aVersionInQuotesIsTheWrongType() {
            assertThat(problemsOf(packReplacing("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""))).containsExactly(
                    "pack.json:2:20: \"schemaVersion\" must be an integer but is a string (at /schemaVersion)");
        }
    }

    @Nested
    class ValueRules {
        @Test
        void aQuestionIdThatIsNotKebabCaseSuggestsOne() {
            assertThat(problemsOf(packReplacing("\"design-a-queue\"", "\"Design_A_Queue\""))).containsExactly(
                    "pack.json:10:13: \"Design_A_Queue\" must be kebab-case: lower-case letters and digits joined by single"
                            + " hyphens, e.g. \"design-a-queue\" (at /questions/0/id)");
        }

        @Test
        void aPackIdThatIsNotKebabCaseSuggestsOne() {
            assertThat(problemsOf(packReplacing("\"sample-pack\"", "\"Sample Pack\""))).containsExactly(
                    "pack.json:4:11: \"Sample Pack\" must be kebab-case: lower-case letters and digits joined by single"
                            + " hyphens, e.g. \"sample-pack\" (at /pack/id)");
        }

        @Test
        void aQuestionTitleLongerThan200Characters() {
            assertThat(problemsOf(packReplacing("\"Design a queue\"", "\"" + "x".repeat(201) + "\""))).containsExactly(
                    "pack.json:12:16: \"title\" is 201 characters; the limit is 200 (at /questions/0/title)");
        }

        @Test
        void lengthsCountCharactersNotUtf16Units() {
            String emoji = "\uD83D\uDE00";
            assertThat(problemsOf(packReplacing("\"Design a queue\"", "\"" + emoji.repeat(200) + "\""))).isEmpty();
            assertThat(problemsOf(packReplacing("\"Design a queue\"", "\"" + emoji.repeat(201) + "\""))).containsExactly(
                    "pack.json:12:16: \"title\" is 201 characters; the limit is 200 (at /questions/0/title)");
        }

        @Test
        void aPackTitleLongerThan200Characters() {
            assertThat(problemsOf(packReplacing("\"Sample pack\"", "\"" + "x".repeat(201) + "\""))).containsExactly(
                    "pack.json:5:14: \"title\" is 201 characters; the limit is 200 (at /pack/title)");
        }

        @Test
        void aPackVersionThatIsNotNumbers() {
            assertThat(problemsOf(packReplacing("\"1.0\"", "\"v1\""))).containsExactly(
                    "pack.json:6:16: \"version\" must look like 1, 1.2 or 1.2.3, at most 40 characters (found \"v1\")"
                            + " (at /pack/version)");
        }

        @Test
        void tooManyTags() {
            String tags = IntStream.rangeClosed(0, 20).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(", ", "[", "]"));

            assertThat(problemsOf(packReplacing("[\"queues\", \"durability\"]", tags))).containsExactly(
                    "pack.json:15:15: \"tags\" has 21 items; the limit is 20 (at /questions/0/tags)");
        }

        @Test
        void tooManyHints() {
            String hints = IntStream.range(0, 51).mapToObj(i -> "\"hint " + i + "\"").collect(Collectors.joining(", ", "[", "]"));

            assertThat(problemsOf(packReplacing("[\"Start with the delivery guarantee.\"]", hints))).containsExactly(
                    "pack.json:16:16: \"hints\" has 51 items; the limit is 50 (at /questions/0/hints)");
        }

        @Test
        void tooManyQuestions() {
            String[] questions = IntStream.range(0, PackReader.MAX_QUESTIONS + 1).mapToObj(i -> sampleQuestion("q-" + i))
                    .toArray(String[]::new);

            assertThat(problemsOf(packWith("big-pack", questions))).containsExactly(
                    "pack.json:4:16: the pack has 2001 questions; a pack may hold at most 2000 (split it into several packs)"
                            + " (at /questions)");
        }

        @Test
        void aKeyTwiceInOneObject() {
            assertThat(problemsOf(packReplacing("\"title\": \"Design a queue\",", "\"title\": \"Design a queue\", \"title\": \"Again\",")))
                    .containsExactly("pack.json:12:34: field \"title\" appears twice in the same object; the second one would"
                            + " silently win (at /questions/0/title)");
        }

        @Test
        void aTagTwice() {
            assertThat(problemsOf(packReplacing("[\"queues\", \"durability\"]", "[\"queues\", \"queues\"]"))).containsExactly(
                    "pack.json:15:26: \"queues\" appears twice in \"tags\" (at /questions/0/tags/1)");
        }

        @Test
        void competencyAndSignalsOnANonBehavioralQuestion() {
            String text = packReplacing("\"level\": \"senior\",",
                    "\"level\": \"senior\", \"competency\": \"conflict\", \"signals\": [\"x\"],");

            assertThat(problemsOf(text)).containsExactly(
                    "pack.json:14:40: \"competency\" is only for behavioral questions (at /questions/0/competency)",
                    "pack.json:14:63: \"signals\" is only for behavioral questions (at /questions/0/signals)");
        }

        @Test
        void aTimeboxThatDisagreesWithThePhases() {
            assertThat(problemsOf(packReplacing("45", "50"))).containsExactly(
                    "pack.json:24:25: \"timeboxMinutes\" is 50 but the phases add up to 45 minutes; make them agree or leave"
                            + " one out (at /questions/0/timeboxMinutes)");
        }

        @Test
        void anEmptyPhaseList() {
            String phases = PACK.substring(PACK.indexOf("\"phases\": ["), PACK.indexOf("      ]\n    }") + 7);

            assertThat(problemsOf(packReplacing(phases, "\"phases\": []"))).containsExactly(
                    "pack.json:25:17: \"phases\" must list at least one phase (or be left out to use the default plan)"
                            + " (at /questions/0/phases)");
        }

        @Test
        void aPhaseIdTwice() {
            assertThat(problemsOf(packReplacing("\"id\": \"design\"", "\"id\": \"clarify\""))).containsExactly(
                    "pack.json:27:16: phase id \"clarify\" is used twice in this question (at /questions/0/phases/1/id)");
        }

        @Test
        void aQuestionIdTwiceInOneFile() {
            assertThat(problemsOf(packWith("two", sampleQuestion("same-id"), sampleQuestion("same-id")))).containsExactly(
                    "pack.json:27:13: question id \"same-id\" is already used in this file at /questions/0 (at /questions/1/id)");
        }

        @Test
        void aTradeOffThatNoChecklistDefines() {
            assertThat(problemsOf(packReplacing("\"consistency-vs-availability\"", "\"speed-vs-quality\""))).containsExactly(
                    "pack.json:23:21: unknown trade-off dimension \"speed-vs-quality\"; known: consistency-vs-availability,"
                            + " cost-vs-scalability (at /questions/0/tradeOffs/0)");
        }
    }

    @Nested
    class EveryProblemAtOnce {
        @Test
        void fiveDifferentProblemsGiveFiveLines() {
            String text = PACK.replace("\"1.0\"", "\"v1\"")
                    .replace("\"level\": \"senior\",", "\"level\": \"senior\", \"level\": \"senior\",")
                    .replace("\"Design a queue\"", "\"" + "x".repeat(201) + "\"")
                    .replace("[\"queues\", \"durability\"]", "[\"queues\", \"queues\"]")
                    .replace("[\"consistency-vs-availability\"]", "[\"speed-vs-quality\"]");

            assertThat(problemsOf(text)).containsExactlyInAnyOrder(
                    "pack.json:6:16: \"version\" must look like 1, 1.2 or 1.2.3, at most 40 characters (found \"v1\")"
                            + " (at /pack/version)",
                    "pack.json:14:26: field \"level\" appears twice in the same object; the second one would silently win"
                            + " (at /questions/0/level)",
                    "pack.json:12:16: \"title\" is 201 characters; the limit is 200 (at /questions/0/title)",
                    "pack.json:15:26: \"queues\" appears twice in \"tags\" (at /questions/0/tags/1)",
                    "pack.json:23:21: unknown trade-off dimension \"speed-vs-quality\"; known: consistency-vs-availability,"
                            + " cost-vs-scalability (at /questions/0/tradeOffs/0)");
        }

        @Test
        void aBrokenQuestionDoesNotHideTheProblemsOfTheOthers() {
            String broken = PackTexts.replace(sampleQuestion("q-one"), "\"senior\"", "\"junior\"");
            String tooLong = PackTexts.replace(sampleQuestion("q-two"), "\"Design a queue\"", "\"" + "x".repeat(201) + "\"");
            String unknownTradeOff = PackTexts.replace(sampleQuestion("q-one"), "\"consistency-vs-availability\"", "\"nope\"");

            assertThat(problemsOf(packWith("mixed", broken, tooLong, unknownTradeOff))).containsExactlyInAnyOrder(
                    "pack.json:10:16: \"level\" must be one of mid, senior, staff, principal (found \"junior\")"
                            + " (at /questions/0/level)",
                    "pack.json:29:16: \"title\" is 201 characters; the limit is 200 (at /questions/1/title)",
                    "pack.json:48:13: question id \"q-one\" is already used in this file at /questions/0 (at /questions/2/id)",
                    "pack.json:61:21: unknown trade-off dimension \"nope\"; known: consistency-vs-availability,"
                            + " cost-vs-scalability (at /questions/2/tradeOffs/0)");
        }
    }

    @Test
    void aStructuralProblemDoesNotHideTheValueProblemsBesideIt() {
        String text = PackTexts.replace(PackTexts.replace(PackTexts.packReplacing(
                "\"hints\": [\"Start with the delivery guarantee.\"]", "\"hints\": \"Start with the guarantee.\""),
                "\"prompt\": \"Design a durable work queue.\"", "\"prompt\": \"  \""),
                "\"tags\": [\"queues\", \"durability\"]", "\"tags\": [\"Queues\", \"durability\"]");

        assertThat(problemsOf(text)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("(at /questions/0/hints)"))
                .anySatisfy(p -> assertThat(p).contains("(at /questions/0/prompt)"))
                .anySatisfy(p -> assertThat(p).contains("must be kebab-case").contains("(at /questions/0/tags/0)"));
    }
}
