package app.rehearse.ui.bank;

import app.rehearse.bank.Clash;
import app.rehearse.bank.ClashResolution;
import app.rehearse.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The questions the bank page asks, in its own words: confirm a delete, name a new pack, choose a pack file, resolve clashing ids on import. */
final class BankDialogs {
    private static final int CLASHES_LISTED = 8;
    private static final List<ClashResolution> ANSWERS =
            List.of(ClashResolution.SKIP, ClashResolution.RENAME, ClashResolution.REPLACE);

    private final Dialogs dialogs;

    BankDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    boolean confirm(String title, String message, String yes) {
        return dialogs.confirm(title, message, yes, "Cancel");
    }

    Optional<String> askPackTitle() {
        return dialogs.askText("newPackDialog", "New pack", "Name the new pack", "Title", "e.g. Acme staff loop",
                "packTitleField");
    }

    Optional<Path> chooseImport() {
        return dialogs.chooseFileToOpen("Import a question pack", Dialogs.FileKind.QUESTION_PACK);
    }

    Optional<Path> chooseExport(String suggestedName) {
        return dialogs.chooseFileToSave("Export a question pack", Dialogs.FileKind.QUESTION_PACK, suggestedName);
    }

    Optional<ClashResolution> resolveClashes(String fileName, List<Clash> clashes) {
        String header = clashes.size() == 1 ? "1 question in " + fileName + " has an id you already have"
                : clashes.size() + " questions in " + fileName + " have ids you already have";
        String listed = clashes.stream().limit(CLASHES_LISTED)
                .map(c -> "\u2022 " + c.questionId() + " \u2014 yours: \u201c" + c.existingTitle() + "\u201d in "
                        + c.existingPack() + (c.shipped() ? " (shipped)" : ""))
                .collect(Collectors.joining("\n"))
                + (clashes.size() > CLASHES_LISTED ? "\n\u2026 and " + (clashes.size() - CLASHES_LISTED) + " more" : "");
        String how = "Skip keeps yours and leaves theirs out. Rename imports theirs under new ids (id-2). Replace puts"
                + " theirs in place of yours and keeps a backup of your pack; shipped questions are never replaced,"
                + " so those are renamed.";
        int answer = dialogs.choose("clashDialog", "Import " + fileName, header, listed + "\n\n" + how,
                List.of("Skip", "Rename", "Replace", "Cancel"));
        return answer < ANSWERS.size() ? Optional.of(ANSWERS.get(answer)) : Optional.empty();
    }
}
