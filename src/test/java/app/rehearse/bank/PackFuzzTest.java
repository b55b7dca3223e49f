package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.rehearse.json.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Packs may come from strangers. Whatever is done to the bytes of a real pack, loading ends quickly
 * with either the pack or a skipped file whose every problem points inside the file.
 */
class PackFuzzTest {
    private static final String NAME = "fuzzed.json";
    private static final List<BankFile> SHIPPED = BankSources.shipped();
    private static final List<BankFile> CHECKLISTS = SHIPPED.stream()
            .filter(f -> f.name().startsWith(BankSources.SHIPPED_ROOT + "/checklists/")).toList();
    private static final List<byte[]> PACKS = SHIPPED.stream()
            .filter(f -> !f.name().contains("/checklists/") && !f.name().contains("/schema/"))
            .map(PackFuzzTest::bytes).toList();

    /** A shipped pack and the changes made to it, in order. */
    record Case(int pack, List<PackMutation> mutations) {
        byte[] bytes() {
            byte[] bytes = PACKS.get(pack);
            for (PackMutation m : mutations) {
                bytes = m.apply(bytes);
            }
            return bytes;
        }
    }

    @Property(tries = 2000)
    void aMutatedPackLoadsOrIsSkippedWithProblemsInsideTheFile(@ForAll("cases") Case fuzz) {
        byte[] bytes = fuzz.bytes();
        List<BankFile> files = new ArrayList<>(CHECKLISTS);
        files.add(new BankFile(NAME, BankFile.Origin.CUSTOM, () -> bytes));

        QuestionBank bank = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> new BankLoader().load(files));

        boolean loaded = bank.packs().stream().anyMatch(p -> p.source().equals(NAME));
        Statistics.label("outcome").collect(loaded ? "loaded" : "skipped");
        List<SkippedFile> skipped = bank.skipped().stream().filter(s -> s.source().equals(NAME)).toList();
        assertThat(bank.skipped()).allMatch(s -> s.source().equals(NAME), "only the fuzzed file may be skipped");
        if (loaded) {
            assertThat(skipped).isEmpty();
            return;
        }
        assertThat(skipped).as("neither loaded nor skipped").hasSize(1);
        List<Problem> problems = skipped.get(0).problems();
        assertThat(problems).isNotEmpty();
        int lines = lineCount(bytes);
        for (Problem p : problems) {
            assertThat(p.location().line()).as(p.format()).isBetween(1, lines + 1);
            assertThat(p.location().column()).as(p.format()).isGreaterThanOrEqualTo(1);
            assertThat(p.message()).as(p.format()).isNotBlank().doesNotContain("REDACTED", "StreamRead");
            assertThat(p.format()).startsWith(NAME + ":" + p.location().line() + ":" + p.location().column() + ": ");
        }
    }

    /**
     * The loader reads each question while the parser has just built it; checking a single file
     * walks the finished tree instead. Both must say exactly the same thing about any file.
     */
    @Property(tries = 500)
    void loadingAndCheckingAFileReportTheSameProblems(@ForAll("cases") Case fuzz) {
        byte[] bytes = fuzz.bytes();
        BankFile file = new BankFile(NAME, BankFile.Origin.CUSTOM, () -> bytes);
        List<BankFile> files = new ArrayList<>(CHECKLISTS);
        files.add(file);

        QuestionBank bank = new BankLoader().load(files);
        PackCheck check = new BankLoader().check(file, TakenIds.dimensionsOf(new BankLoader().load(CHECKLISTS)));

        List<Problem> loaded = bank.skipped().stream().filter(s -> s.source().equals(NAME))
                .flatMap(s -> s.problems().stream()).toList();
        assertThat(loaded).containsExactlyElementsOf(check.problems());
        assertThat(check.pack().isPresent()).isEqualTo(loaded.isEmpty());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<PackMutation> mutation = Combinators.combine(
                Arbitraries.of(PackMutation.Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 1_000)).as(PackMutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, PACKS.size() - 1), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as(Case::new);
    }

    /** Lines as the parser counts them: CR LF, a lone CR and a lone LF each end one. */
    static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static byte[] bytes(BankFile file) {
        try {
            return file.contents().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
