package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;
import java.util.Optional;

/** The result of checking one pack file: the pack when it would load, otherwise every problem found, in file order. */
public record PackCheck(Optional<QuestionPack> pack, List<Problem> problems) {
    public PackCheck {
        problems = Problem.inFileOrder(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && pack.isPresent();
    }
}
