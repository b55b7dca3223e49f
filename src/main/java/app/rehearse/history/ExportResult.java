package app.rehearse.history;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, and which sessions it could not export and why (a damaged session is
 * skipped; the others are still written).
 */
public record ExportResult(List<Path> written, List<Failure> failed) {
    public record Failure(String id, String reason) {}

    public ExportResult {
        written = List.copyOf(written);
        failed = List.copyOf(failed);
    }
}
