package app.rehearse.cli;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.SkippedFile;
import app.rehearse.json.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rehearse validate PATH...}: checks packs and checklists (files or folders) exactly as
 * the app loads them. Exit 0 when all are valid; exit 2 with one line per problem otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check question packs and checklists (files or folders) and report every problem as"
                + " file:line:col: message (at /json/pointer). Exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pack files, or folders searched for *.json files.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BankFile> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                missing.add(path + ":1:1: no such file or folder");
                continue;
            }
            for (Path file : BankSources.jsonFiles(path)) {
                given.add(BankSources.file(file, BankFile.Origin.CUSTOM));
            }
        }
        QuestionBank bank = new BankLoader().load(withShippedChecklists(given));
        missing.forEach(err::println);
        int problems = missing.size();
        for (SkippedFile skipped : bank.skipped()) {
            for (Problem problem : skipped.problems()) {
                err.println(problem.format());
                problems++;
            }
        }
        int questions = bank.questions().size();
        if (problems > 0) {
            err.printf("%d problem%s in %d file%s; %d question%s in valid packs.%n", problems, problems == 1 ? "" : "s",
                    bank.skipped().size() + missing.size(), bank.skipped().size() + missing.size() == 1 ? "" : "s",
                    questions, questions == 1 ? "" : "s");
            err.flush();
            return INVALID;
        }
        out.printf("OK: %d pack%s, %d question%s, %d trade-off dimension%s.%n", bank.packs().size(),
                bank.packs().size() == 1 ? "" : "s", questions, questions == 1 ? "" : "s", bank.dimensions().size(),
                bank.dimensions().size() == 1 ? "" : "s");
        out.flush();
        return 0;
    }

    /**
     * Packs name trade-off dimensions from the shipped checklists, so those are always known;
     * a shipped checklist passed in explicitly (validating the bank folder itself) is not added twice.
     */
    private static List<BankFile> withShippedChecklists(List<BankFile> given) {
        List<byte[]> givenBytes = new ArrayList<>();
        for (BankFile file : given) {
            try {
                givenBytes.add(file.contents().read());
            } catch (IOException e) {
                // Not a shipped checklist, whatever it is: the loader reports why it cannot be read.
            }
        }
        List<BankFile> all = new ArrayList<>();
        for (BankFile shipped : BankSources.shipped()) {
            byte[] bytes = readShipped(shipped);
            boolean checklist = shipped.name().startsWith(BankSources.SHIPPED_ROOT + "/checklists/");
            if (checklist && givenBytes.stream().noneMatch(b -> Arrays.equals(b, bytes))) {
                all.add(shipped);
            }
        }
        all.addAll(given);
        return all;
    }

    private static byte[] readShipped(BankFile shipped) {
        try {
            return shipped.contents().read();
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped bank is held in memory; reading it cannot fail", e);
        }
    }
}
