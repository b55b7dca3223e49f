package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;

/** A file that was not loaded, and every reason why, in the order they appear in the file. */
public record SkippedFile(String source, List<Problem> problems) {
    public SkippedFile {
        problems = Problem.inFileOrder(problems);
    }
}
