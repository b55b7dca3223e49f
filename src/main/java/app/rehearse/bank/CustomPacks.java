package app.rehearse.bank;

import app.rehearse.json.Problem;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Backups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The user's own packs in {@code <data dir>/questions/}. Every change starts from the files as they
 * are on disk (not from a bank in memory, which may be a change behind), is loaded together with the
 * rest of the bank before anything is written, and is refused if the loader would skip a file it
 * did not skip before: a change never turns a good pack into one the app cannot read. Files are
 * written atomically; a delete or an import over existing questions keeps a backup first.
 */
public final class CustomPacks {
    public static final String DEFAULT_PACK_ID = "my-questions";
    public static final String DEFAULT_PACK_TITLE = "My questions";
    private static final Set<String> RESERVED_FILE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private final Supplier<List<BankFile>> readOnlyFiles;
    private final Path folder;
    private final Backups backups;

    /**
     * @param readOnlyFiles the bank files this class never writes (the shipped bank, user checklists), in load order
     * @param folder the folder of custom packs
     */
    public CustomPacks(Supplier<List<BankFile>> readOnlyFiles, Path folder, Backups backups) {
        this.readOnlyFiles = readOnlyFiles;
        this.folder = folder;
        this.backups = backups;
    }

    /** The whole bank as it is on disk now. */
    public QuestionBank load() {
        return new BankLoader().load(files(Map.of(), Set.of()));
    }

    public Path folder() {
        return folder;
    }

    /** Where copies go before a delete or an import over existing questions. */
    public Path backupFolder() {
        return backups.dir();
    }

    /** Creates an empty pack with an id made from its title; returns the new bank and the pack's id. */
    public Change<String> createPack(String title) throws IOException, PackRejectedException {
        QuestionBank bank = load();
        Set<String> packIds = new HashSet<>();
        bank.packs().forEach(p -> packIds.add(p.pack().info().id()));
        String id = PackImport.freeId(QuestionRules.suggestId(title), packIds);
        PackInfo info = new PackInfo(id, title.strip(), "1", Optional.empty(), Optional.empty(), Optional.empty());
        Map<Path, byte[]> writes = Map.of(newFile(id), PackWriter.bytes(new QuestionPack(info, List.of())));
        return new Change<>(commit(bank, writes, Set.of(), false), id);
    }

    /**
     * Saves a question into one of the user's packs, in place of {@code replacing} when that is given
     * (an edit, possibly changing the id), else at the end. The default pack is created on first use.
     */
    public QuestionBank saveQuestion(String packId, Optional<String> replacing, Question question)
            throws IOException, PackRejectedException {
        QuestionBank bank = load();
        Optional<LoadedPack> target = pack(bank, packId);
        if (target.isEmpty()) {
            if (!packId.equals(DEFAULT_PACK_ID) || replacing.isPresent()) {
                throw new PackRejectedException("there is no pack \u201c" + packId + "\u201d (was its file removed or broken?)");
            }
            PackInfo info = new PackInfo(DEFAULT_PACK_ID, DEFAULT_PACK_TITLE, "1", Optional.empty(), Optional.empty(),
                    Optional.empty());
            return commit(bank, Map.of(newFile(DEFAULT_PACK_ID), PackWriter.bytes(new QuestionPack(info, List.of(question)))),
                    Set.of(), false);
        }
        LoadedPack pack = editable(target.get());
        List<Question> questions = new ArrayList<>(pack.pack().questions());
        if (replacing.isPresent()) {
            int at = indexOf(questions, replacing.get());
            if (at < 0) {
                throw new PackRejectedException("\u201c" + replacing.get() + "\u201d is no longer in " + pack.source());
            }
            questions.set(at, question);
        } else {
            questions.add(question);
        }
        return commit(bank, Map.of(fileOf(pack), PackWriter.bytes(new QuestionPack(pack.pack().info(), questions))),
                Set.of(), false);
    }

    /** Removes one of the user's questions from its pack, keeping a backup of the pack first. */
    public QuestionBank deleteQuestion(String questionId) throws IOException, PackRejectedException {
        QuestionBank bank = load();
        LoadedPack pack = editable(bank.packOf(questionId)
                .orElseThrow(() -> new PackRejectedException("there is no question \u201c" + questionId + "\u201d")));
        List<Question> questions = new ArrayList<>(pack.pack().questions());
        questions.removeIf(q -> q.id().equals(questionId));
        return commit(bank, Map.of(fileOf(pack), PackWriter.bytes(new QuestionPack(pack.pack().info(), questions))),
                Set.of(), true);
    }

    /** Deletes one of the user's packs with all its questions, keeping a backup of the file first. */
    public QuestionBank deletePack(String packId) throws IOException, PackRejectedException {
        QuestionBank bank = load();
        LoadedPack pack = editable(pack(bank, packId)
                .orElseThrow(() -> new PackRejectedException("there is no pack \u201c" + packId + "\u201d")));
        return commit(bank, Map.of(), Set.of(fileOf(pack)), true);
    }

    /** Imports a pack that passed {@link PackImport#preview}, resolving every clashing id the same way. */
    public ImportOutcome importPack(QuestionPack incoming, ClashResolution resolution)
            throws IOException, PackRejectedException {
        QuestionBank bank = load();
        PackImport.Plan plan = PackImport.plan(incoming, bank, resolution);
        // The receiving pack is written before the packs that give questions up: a crash in between leaves a
        // question twice (the loader then names the clash) rather than nowhere.
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        Path target = plan.mergeInto().map(CustomPacks::fileOf).orElseGet(() -> newFile(plan.pack().info().id()));
        writes.put(target, PackWriter.bytes(plan.pack()));
        plan.shrunk().forEach((pack, shrunk) -> writes.put(fileOf(pack), PackWriter.bytes(shrunk)));
        List<Path> kept = new ArrayList<>();
        QuestionBank after = commit(bank, writes, Set.of(), true, kept);
        return new ImportOutcome(after, plan.pack().info(), target, plan.imported(), plan.skipped(), plan.renamed(),
                plan.replaced(), plan.packRenamedFrom(), kept);
    }

    /** Writes a pack to a file someone else can import; refuses a pack that would not load on its own. */
    public static void export(QuestionPack pack, Path target, QuestionBank bank) throws IOException, PackRejectedException {
        byte[] bytes = PackWriter.bytes(pack);
        PackCheck check = new BankLoader().check(BankSources.file(target, BankFile.Origin.CUSTOM, () -> bytes),
                TakenIds.dimensionsOf(bank));
        if (!check.isValid()) {
            throw new PackRejectedException("the exported pack would not load", check.problems());
        }
        AtomicFiles.write(target, bytes);
    }

    /** A result together with the bank after the change. */
    public record Change<T>(QuestionBank bank, T value) {}

    private QuestionBank commit(QuestionBank before, Map<Path, byte[]> writes, Set<Path> deletes, boolean keepBackups)
            throws IOException, PackRejectedException {
        return commit(before, writes, deletes, keepBackups, new ArrayList<>());
    }

    private QuestionBank commit(QuestionBank before, Map<Path, byte[]> writes, Set<Path> deletes, boolean keepBackups,
            List<Path> kept) throws IOException, PackRejectedException {
        QuestionBank after = new BankLoader().load(files(writes, deletes));
        Set<String> skippedBefore = new HashSet<>();
        before.skipped().forEach(s -> skippedBefore.add(s.source()));
        List<Problem> problems = new ArrayList<>();
        after.skipped().stream().filter(s -> !skippedBefore.contains(s.source())).forEach(s -> problems.addAll(s.problems()));
        if (!problems.isEmpty()) {
            throw new PackRejectedException("the change was not saved: the pack would not load", problems);
        }
        if (keepBackups) {
            for (Path file : union(writes.keySet(), deletes)) {
                if (Files.exists(file)) {
                    kept.add(backups.keep(file));
                }
            }
        }
        for (Map.Entry<Path, byte[]> write : writes.entrySet()) {
            AtomicFiles.write(write.getKey(), write.getValue());
        }
        for (Path file : deletes) {
            Files.deleteIfExists(file);
        }
        return after;
    }

    /** The bank's files with some custom packs rewritten, added or removed, in the order the app loads them. */
    private List<BankFile> files(Map<Path, byte[]> writes, Set<Path> deletes) {
        Map<Path, BankFile> custom = new java.util.TreeMap<>();
        for (BankFile file : BankSources.folder(folder, BankFile.Origin.CUSTOM)) {
            custom.put(Path.of(file.name()), file);
        }
        deletes.forEach(custom::remove);
        writes.forEach((path, bytes) -> custom.put(path, BankSources.file(path, BankFile.Origin.CUSTOM, () -> bytes)));
        List<BankFile> all = new ArrayList<>(readOnlyFiles.get());
        all.addAll(custom.values());
        return all;
    }

    /** A file name for a new pack: its id, made safe, never one that exists already (a broken pack keeps its file). */
    Path newFile(String packId) {
        String stem = QuestionRules.suggestId(packId);
        if (RESERVED_FILE_NAMES.contains(stem)) {
            stem = "pack-" + stem;
        }
        Path file = folder.resolve(stem + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".json");
        }
        return file;
    }

    private static Optional<LoadedPack> pack(QuestionBank bank, String packId) {
        return bank.packs().stream().filter(p -> p.pack().info().id().equals(packId)).findFirst();
    }

    private static LoadedPack editable(LoadedPack pack) throws PackRejectedException {
        if (pack.origin() != BankFile.Origin.CUSTOM) {
            throw new PackRejectedException("\u201c" + pack.pack().info().title()
                    + "\u201d ships with Rehearse and is read-only; duplicate a question into one of your packs to change it");
        }
        return pack;
    }

    private static Path fileOf(LoadedPack pack) {
        return Path.of(pack.source());
    }

    private static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<Path> union(Set<Path> a, Set<Path> b) {
        Set<Path> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
