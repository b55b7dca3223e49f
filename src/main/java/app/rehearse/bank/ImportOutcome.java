package app.rehearse.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an import did, and the bank as it is now. */
public record ImportOutcome(QuestionBank bank, PackInfo pack, Path file, List<String> imported, List<String> skipped,
        Map<String, String> renamed, List<String> replaced, Optional<String> packRenamedFrom, List<Path> backups) {

    public ImportOutcome {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        renamed = Map.copyOf(renamed);
        replaced = List.copyOf(replaced);
        backups = List.copyOf(backups);
    }

    /** One or two sentences for the user, e.g. "Imported 4 questions into “Friends”. Skipped 1 you already have." */
    public String summary() {
        int added = imported.size() + renamed.size() + replaced.size();
        List<String> parts = new ArrayList<>();
        parts.add("Imported " + count(added) + " into \u201c" + pack.title() + "\u201d.");
        if (!skipped.isEmpty()) {
            parts.add("Skipped " + skipped.size() + " already in your bank: " + String.join(", ", skipped) + ".");
        }
        if (!renamed.isEmpty()) {
            parts.add("Renamed " + renamed.size() + ": " + String.join(", ", renamed.entrySet().stream()
                    .map(e -> e.getKey() + " \u2192 " + e.getValue()).sorted().toList()) + ".");
        }
        if (!replaced.isEmpty()) {
            parts.add("Replaced " + replaced.size() + ": " + String.join(", ", replaced) + ".");
        }
        packRenamedFrom.ifPresent(old -> parts.add("A shipped pack already uses the id \u201c" + old + "\u201d, so this one is \u201c"
                + pack.id() + "\u201d."));
        if (!backups.isEmpty()) {
            parts.add("Backups of the files changed are in " + backups.get(0).getParent() + ".");
        }
        return String.join(" ", parts);
    }

    private static String count(int n) {
        return n == 1 ? "1 question" : n + " questions";
    }
}
