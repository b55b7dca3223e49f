package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;

/** A file that was not loaded, and every reason why, in the order they appear in the file. */
public record SkippedFile(String source, List<Problem> problems) {
    public SkippedFile {
        problems = problems.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
                        .thenComparingInt(p -> p.location().column()))
                .toList();
    }
}
