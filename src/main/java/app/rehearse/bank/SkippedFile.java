package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;

/** A file that was not loaded, and every reason why. */
public record SkippedFile(String source, List<Problem> problems) {
    public SkippedFile {
        problems = List.copyOf(problems);
    }
}
