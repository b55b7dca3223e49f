package app.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.PackTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static int shippedDimensions;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void countShippedDimensions() {
        shippedDimensions = new BankLoader().load(BankSources.shipped()).dimensions().size();
    }

    private int run(String... args) {
        return RehearseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidFolderExitsZeroAndSaysOk() throws IOException {
        write("packs/sample.json", PackTexts.PACK);

        int exit = run("validate", dir.resolve("packs").toString());

        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("OK: 1 pack, 1 question, " + shippedDimensions + " trade-off dimensions." + System.lineSeparator());
        assertThat(errLines()).isEmpty();
    }

    @Test
    void anInvalidFileExitsTwoWithOneLocatedLinePerProblem() throws IOException {
        Path bad = write("bad.json", PackTexts.packReplacing("45", "50").replace("\"senior\"", "\"junior\""));

        int exit = run("validate", bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errLines()).containsExactly(
                bad + ":14:16: \"level\" must be one of mid, senior, staff, principal (found \"junior\") (at /questions/0/level)",
                bad + ":24:25: \"timeboxMinutes\" is 50 but the phases add up to 45 minutes; make them agree or leave one out"
                        + " (at /questions/0/timeboxMinutes)",
                "2 problems in 1 file; 0 questions in valid packs.");
        assertThat(out()).isEmpty();
    }

    @Test
    void problemsInSeveralFilesAreAllListed() throws IOException {
        write("packs/good.json", PackTexts.PACK);
        Path first = write("packs/first.json", PackTexts.packWith("first", PackTexts.sampleQuestion("First_Question")));
        Path second = write("packs/second.json", "{");

        int exit = run("validate", dir.resolve("packs").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errLines()).hasSize(3).endsWith("2 problems in 2 files; 1 question in valid packs.");
        assertThat(errLines()).contains(
                first + ":6:13: \"First_Question\" must be kebab-case: lower-case letters and digits joined by single hyphens,"
                        + " e.g. \"first-question\" (at /questions/0/id)",
                second + ":1:2: invalid JSON: Unexpected end-of-input: expected close marker for Object"
                        + " (start marker at line 1, column 1)");
    }

    @Test
    void aMissingPathExitsTwo() {
        Path missing = dir.resolve("no-such-pack.json");

        int exit = run("validate", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errLines()).containsExactly(missing + ":1:1: no such file or folder",
                "1 problem in 1 file; 0 questions in valid packs.");
    }

    @Test
    void validateWithoutAPathIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(String.join("\n", errLines())).contains("Missing required parameter", "PATH");
    }

    @Test
    void theDataDirOptionIsAcceptedBeforeTheSubcommand() throws IOException {
        Path pack = write("sample.json", PackTexts.PACK);

        assertThat(run("--data-dir", dir.resolve("data").toString(), "validate", pack.toString())).isZero();
    }

    @Test
    void helpListsTheValidateCommand() {
        assertThat(run("--help")).isZero();

        assertThat(out()).contains("Usage: rehearse").contains("validate").contains("--data-dir");
    }

    @Test
    void validateHelpExplainsTheExitCodes() {
        assertThat(run("validate", "--help")).isZero();

        assertThat(out()).contains("file:line:col").contains("Exit 0 when all are valid");
    }

    @Test
    void theRealEntryPointExitsWithTheValidationResult() throws Exception {
        Path good = write("good.json", PackTexts.PACK);
        Path bad = write("bad.json", PackTexts.packReplacing("\"1.0\"", "\"v1\""));

        ChildRun ok = runMain("validate", good.toString());
        ChildRun invalid = runMain("validate", bad.toString());

        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("OK: 1 pack, 1 question");
        assertThat(invalid.exit()).as(invalid.output()).isEqualTo(2);
        assertThat(invalid.output()).contains(bad + ":6:16: \"version\" must look like 1, 1.2 or 1.2.3");
    }

    private record ChildRun(int exit, String output) {}

    private static ChildRun runMain(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.rehearse.Main"));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ChildRun(child.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void aHugeSparseFileIsReportedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        assertThat(run("validate", huge.toString())).isEqualTo(2);
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).startsWith(huge + ":1:1: ").contains("a bank file may be at most 8 MiB");
    }

    @Test
    void aPipeNamedLikeAPackIsReportedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start()
                .waitFor(10, TimeUnit.SECONDS) && Files.exists(fifo), "mkfifo is available");

        assertThat(run("validate", fifo.toString())).isEqualTo(2);
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).startsWith(fifo + ":1:1: ").contains("not a regular file");
    }

    @Test
    void aControlCharacterInAnIdIsSpeltOutNotPrintedRaw() throws IOException {
        Path pack = write("nul.json", PackTexts.packReplacing("\"id\": \"design-a-queue\"",
                "\"id\": \"design\\u0000queue\""));

        assertThat(run("validate", pack.toString())).isEqualTo(2);
        assertThat(String.join("\n", errLines())).doesNotContain("\u0000").contains("\\u0000");
    }
}
