package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What importing a file would do, before anything is written: every problem that stops it,
 * or the pack with the ids it shares with the bank (for the user to choose skip, rename or replace).
 */
public record ImportPreview(Optional<QuestionPack> pack, List<Problem> problems, List<Clash> clashes) {
    public ImportPreview {
        problems = List.copyOf(problems);
        clashes = List.copyOf(clashes);
    }

    public boolean canImport() {
        return problems.isEmpty() && pack.isPresent();
    }
}
