package app.rehearse.bank;

import app.rehearse.json.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a question while it is being written, by asking the loader about the pack it will be saved
 * into: the same rules and the same words as for a pack file, plus what only the bank knows (ids
 * taken by other questions, trade-off dimensions that exist). One check, so the editor and the
 * loader can never disagree.
 */
public final class DraftCheck {
    private static final String PREFIX = "/questions/0";

    private final TakenIds taken;
    private final PackInfo pack;
    private final String source;

    /**
     * @param packId the pack the question will be saved into (it may not exist yet: the default pack)
     * @param replacing the id of the question being edited, which the draft may keep
     */
    public DraftCheck(QuestionBank bank, String packId, Optional<String> replacing) {
        Optional<LoadedPack> target = bank.packs().stream().filter(p -> p.pack().info().id().equals(packId)).findFirst();
        this.pack = target.map(p -> p.pack().info()).orElse(new PackInfo(packId, CustomPacks.DEFAULT_PACK_TITLE, "1",
                Optional.empty(), Optional.empty(), Optional.empty()));
        this.source = target.map(LoadedPack::source).orElse(packId + ".json");
        this.taken = TakenIds.of(bank).without(replacing.map(Set::of).orElse(Set.of()), Set.of(packId));
    }

    /**
     * Every problem with the draft, at pointers relative to the question ({@code /title}, {@code /rubric/1/weak}).
     * It runs as the user types, on the UI thread, so it reads no file: a reference diagram is checked
     * when the question is saved.
     */
    public List<Violation> check(Question draft) {
        byte[] bytes = PackWriter.bytes(new QuestionPack(pack, List.of(draft)));
        PackCheck result = new BankLoader().checkWithoutFiles(new BankFile(source, BankFile.Origin.CUSTOM, () -> bytes),
                taken);
        return result.problems().stream().map(DraftCheck::relative).toList();
    }

    private static Violation relative(Problem p) {
        String pointer = p.pointer() == null ? "" : p.pointer();
        return new Violation(pointer.startsWith(PREFIX) ? pointer.substring(PREFIX.length()) : pointer, p.message());
    }
}
