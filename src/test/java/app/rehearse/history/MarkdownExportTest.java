package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Reference;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.RubricLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExportTest {
    @TempDir
    Path home;
    @TempDir
    Path target;

    private final SessionFixture fixture() {
        return new SessionFixture(home);
    }

    private MarkdownExport export(SessionFixture f) {
        return new MarkdownExport(f.repository, ZoneOffset.UTC, id -> "Title of " + id);
    }

    @Test
    void aGradedSessionBecomesAReadableMarkdownDocument() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("url-shortener", "URL shortener", "storage", "caching"),
                SessionFixture.DAY_ONE).notes("## Scope\n\nRead-heavy, 100:1.\n\n| a | b |").hints(2)
                .graded(RubricLevel.SOLID, ChecklistLevel.REASONED, "Good numbers; | forgot the cache").regraded().write();

        ExportResult result = export(f).export(List.of(id), target);

        Path md = target.resolve(id + ".md");
        assertThat(result.written()).containsExactly(md);
        assertThat(result.failed()).isEmpty();
        String text = Files.readString(md);
        assertThat(text).startsWith("# URL shortener\n\n");
        assertThat(text).contains("- **Date:** 2026-03-02 09:00", "- **Type:** System design · **Level:** senior",
                "- **Tags:** storage, caching", "- **Question:** `url-shortener`", "- **State:** finished");
        assertThat(text).contains("## Prompt\n\nDesign **URL shortener** for 10M users.");
        assertThat(text).contains("| Phase | Planned | Actual | Over |", "| Scope | 5:00 | 6:00 | +1:00 |",
                "| Design | 20:00 | 18:00 |  |");
        assertThat(text).contains("## Hints used (2 of 2)", "1. Start with the numbers. _(at 1:00, Scope)_");
        assertThat(text).contains("## Follow-ups asked", "- How do you shard? _(probe, at 6:00, Design)_");
        assertThat(text).contains("## Notes\n\n#### Scope\n\nRead-heavy, 100:1.\n\n| a | b |");
        assertThat(text).contains("## Scorecard", "**Score: ", "Rubric 67% × 0.60 + Checklist 67% × 0.40",
                "| Scope | 2 | solid (2/3) |", "| Title of consistency-vs-availability | yes | reasoned (2/3) |  |",
                "### Reflection\n\nGood numbers; | forgot the cache", "_Graded 2 times; earlier scores: ");
        assertThat(text).doesNotContain("## Whiteboard");
    }

    @Test
    void theWhiteboardPictureIsCopiedByteForByteAndLinkedRelatively() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("feed", "News feed"), SessionFixture.DAY_ONE).write();
        byte[] png = new byte[20_000];
        new Random(3).nextBytes(png);
        png[0] = (byte) 0x89;
        Files.write(f.repository.folder(id).resolve(MarkdownExport.WHITEBOARD_PNG), png);

        ExportResult result = export(f).export(List.of(id), target);

        assertThat(result.written()).containsExactly(target.resolve(id + ".md"), target.resolve(id + ".png"));
        assertThat(Files.readAllBytes(target.resolve(id + ".png"))).isEqualTo(png);
        assertThat(Files.readString(target.resolve(id + ".md"))).contains("## Whiteboard\n\n![Whiteboard](" + id + ".png)");
    }

    @Test
    void anUngradedSessionSaysSoAndASelectionExportsEachSessionBesideTheOthers() throws Exception {
        SessionFixture f = fixture();
        String first = f.session(SessionFixture.design("a", "A"), SessionFixture.DAY_ONE).write();
        String second = f.session(SessionFixture.design("b", "B"), SessionFixture.DAY_ONE.plusSeconds(60)).unfinished()
                .write();

        ExportResult result = export(f).export(List.of(first, second), target);

        assertThat(result.written()).hasSize(2);
        assertThat(Files.readString(target.resolve(first + ".md"))).contains("- **Score:** not graded", "_Not graded._",
                "_No notes._");
        assertThat(Files.readString(target.resolve(second + ".md"))).contains("| Wrap-up | 5:00 | not reached |  |",
                "- **State:** paused");
    }

    @Test
    void damagedSessionsAreReportedWhileTheOthersAreStillExported() throws Exception {
        SessionFixture f = fixture();
        String good = f.session(SessionFixture.design("a", "A"), SessionFixture.DAY_ONE).write();
        Path torn = f.layout.sessions().resolve("20260301-080000-torn");
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("session.json"), "{");

        ExportResult result = export(f).export(List.of("20260301-080000-torn", good, "gone"), target);

        assertThat(result.written()).containsExactly(target.resolve(good + ".md"));
        assertThat(result.failed()).extracting(ExportResult.Failure::id).containsExactly("20260301-080000-torn", "gone");
        assertThat(result.failed().get(0).reason()).contains("invalid JSON");
        assertThat(result.failed().get(1).reason()).contains("missing");
    }

    @Test
    void headingsInTheUsersMarkdownNestUnderTheDocumentsSectionsButCodeStaysAsItIs() {
        String notes = "# Top\n## Sub\n###### Deep\n```\n# a comment in code\n```\n#hashtag\n    # indented code";

        assertThat(SessionMarkdown.nested(notes)).isEqualTo(
                "### Top\n#### Sub\n###### Deep\n```\n# a comment in code\n```\n#hashtag\n    # indented code");
    }

    @Test
    void fileNamesAreSafeOnEveryPlatform() {
        assertThat(SafeFileName.of("20260302-090000-url shortener/..\\x")).isEqualTo("20260302-090000-url-shortener-..-x");
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(SafeFileName.of("CON")).isEqualTo("session-CON");
        assertThat(SafeFileName.of("nul.txt")).isEqualTo("session-nul.txt");
        assertThat(SafeFileName.of("日本")).isEqualTo("session-");
        assertThat(SafeFileName.of("x".repeat(300))).hasSize(80);
        assertThat(SafeFileName.of("trailing.")).isEqualTo("trailing");
    }

    @Test
    void exportingAgainReplacesTheEarlierExportWithoutLeavingTemporaryFiles() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("a", "A"), SessionFixture.DAY_ONE).notes("v1").write();
        export(f).export(List.of(id), target);
        Files.writeString(f.repository.folder(id).resolve("notes.md"), "v2");

        export(f).export(List.of(id), target);

        assertThat(Files.readString(target.resolve(id + ".md"))).contains("## Notes\n\nv2").doesNotContain("v1");
        try (var files = Files.list(target)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(id + ".md");
        }
    }

    @Test
    void askedFor_theReferenceAnswerFollowsTheSessionWithItsDiagram() throws Exception {
        SessionFixture f = fixture();
        String id = f.session(SessionFixture.design("url-shortener", "URL shortener", "storage"), SessionFixture.DAY_ONE)
                .notes("my notes").write();
        Reference reference = new Reference("## Requirements\n- 100:1 reads",
                Optional.of("diagrams/url-shortener.json"), List.of("Sizes the key space"),
                List.of("Plans the migration"), List.of("Forgets the cache"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        ExportResult result = export(f).export(List.of(id), target, Map.of("url-shortener",
                new ReferenceDoc(reference, Optional.of(() -> png))));

        Path md = target.resolve(id + ".md");
        Path picture = target.resolve(id + "-reference.png");
        assertThat(result.written()).containsExactly(md, picture);
        assertThat(picture).hasBinaryContent(png);
        assertThat(Files.readString(md)).contains("## Reference answer", "#### Requirements",
                "![Reference diagram](" + id + "-reference.png)", "- Sizes the key space", "- Plans the migration",
                "- Forgets the cache");
        assertThat(export(f).export(List.of(id), target.resolve("plain")).written()).hasSize(1);
        assertThat(Files.readString(target.resolve("plain").resolve(id + ".md")))
                .doesNotContain("Reference answer");
    }

    @Test
    void notesKeepTheLinesAsTypedOutsideCodeBlocks() {
        assertThat(SessionMarkdown.asTyped("S: the outage\nT: own the fix\n\n```\na\nb\n```\n- one\n- two"))
                .isEqualTo("S: the outage\\\nT: own the fix\n\n```\na\nb\n```\n- one\\\n- two");
    }
}
