package app.rehearse.ui.bank;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.Clash;
import app.rehearse.bank.ClashResolution;
import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.ImportPreview;
import app.rehearse.bank.Level;
import app.rehearse.bank.LoadedPack;
import app.rehearse.bank.PackImport;
import app.rehearse.bank.PackInfo;
import app.rehearse.bank.PackReader;
import app.rehearse.bank.PackRejectedException;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionPack;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.json.Problem;
import app.rehearse.ui.common.UiTasks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The bank page's state and commands. Every change to the user's packs runs on the background
 * thread through {@link CustomPacks}; the new bank comes back through {@code publish} (which tells
 * every page, this one included) and a one-line status says what happened.
 */
final class BankViewModel {
    static final String ALL_TYPES = "All types";
    static final String ALL_LEVELS = "All levels";

    private final CustomPacks packs;
    private final UiTasks background;
    private final UnaryOperator<QuestionBank> publish;

    // Properties
    private final ReadOnlyObjectWrapper<QuestionBank> bank = new ReadOnlyObjectWrapper<>(this, "bank");
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final FilteredList<Question> shown = new FilteredList<>(questions);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", ALL_TYPES);
    private final ObjectProperty<String> level = new SimpleObjectProperty<>(this, "level", ALL_LEVELS);
    private final ObjectProperty<PackChoice> pack = new SimpleObjectProperty<>(this, "pack", PackChoice.ALL);
    private final ObservableList<PackChoice> packChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problemsTitle = new ReadOnlyStringWrapper(this, "problemsTitle", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private Map<String, String> haystacks = Map.of();

    BankViewModel(QuestionBank initial, CustomPacks packs, UiTasks background, UnaryOperator<QuestionBank> publish) {
        this.packs = packs;
        this.background = background;
        this.publish = publish;
        search.addListener((obs, old, text) -> refilter());
        type.addListener((obs, old, t) -> refilter());
        level.addListener((obs, old, l) -> refilter());
        pack.addListener((obs, old, p) -> refilter());
        showBank(initial);
    }

    // Properties

    ReadOnlyObjectProperty<QuestionBank> bankProperty() {
        return bank.getReadOnlyProperty();
    }

    QuestionBank bank() {
        return bank.get();
    }

    ObservableList<Question> shownQuestions() {
        return shown;
    }

    StringProperty searchProperty() {
        return search;
    }

    ObjectProperty<String> typeProperty() {
        return type;
    }

    ObjectProperty<String> levelProperty() {
        return level;
    }

    ObjectProperty<PackChoice> packProperty() {
        return pack;
    }

    ObservableList<PackChoice> packChoices() {
        return packChoices;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A heading over {@link #problems()}, e.g. "Nothing was imported from friend.json: 3 problems". */
    ReadOnlyStringProperty problemsTitleProperty() {
        return problemsTitle.getReadOnlyProperty();
    }

    /** Problems of the last import or change that was refused, one {@code file:line:col: message} per line. */
    ObservableList<String> problems() {
        return problems;
    }

    static List<String> typeChoices() {
        return List.of(ALL_TYPES, QuestionType.SYSTEM_DESIGN.label(), QuestionType.BEHAVIORAL.label(),
                QuestionType.TRADE_OFF.label());
    }

    static List<String> levelChoices() {
        return List.of(ALL_LEVELS, Level.MID.id(), Level.SENIOR.id(), Level.STAFF.id(), Level.PRINCIPAL.id());
    }

    // Queries

    boolean isMine(Question q) {
        return bank.get().packOf(q.id()).map(p -> p.origin() == BankFile.Origin.CUSTOM).orElse(false);
    }

    String packTitle(Question q) {
        return bank.get().packOf(q.id()).map(p -> p.pack().info().title()).orElse("");
    }

    List<LoadedPack> myPacks() {
        return bank.get().packs().stream().filter(p -> p.origin() == BankFile.Origin.CUSTOM).toList();
    }

    /** The pack chosen in the filter when it is one of the user's, e.g. to save new questions into. */
    Optional<LoadedPack> chosenPackOfMine() {
        return pack.get().packId().flatMap(id -> myPacks().stream().filter(p -> p.pack().info().id().equals(id)).findFirst());
    }

    // Commands

    void showBank(QuestionBank changed) {
        bank.set(changed);
        Map<String, String> texts = new HashMap<>();
        changed.questions().forEach(q -> texts.put(q.id(), haystack(q, changed)));
        haystacks = texts;
        questions.setAll(changed.questions());
        PackChoice chosen = pack.get();
        packChoices.setAll(PackChoice.ALL, PackChoice.MINE);
        changed.packs().forEach(p -> packChoices.add(PackChoice.of(p)));
        pack.set(packChoices.stream().filter(c -> c.packId().equals(chosen.packId()) && c.onlyMine() == chosen.onlyMine())
                .findFirst().orElse(PackChoice.ALL));
        refilter();
    }

    void reload(Runnable done) {
        status.set("Reloading packs\u2026");
        background.run(packs::load, loaded -> {
            publish.apply(loaded);
            int mine = (int) loaded.packs().stream().filter(p -> p.origin() == BankFile.Origin.CUSTOM).count();
            status.set("Reloaded: " + loaded.questions().size() + " questions in " + loaded.packs().size() + " packs ("
                    + mine + " of yours)" + (loaded.skipped().isEmpty() ? "." : "; " + loaded.skipped().size()
                    + " file(s) skipped because of errors (listed below the table)."));
            done.run();
        }, this::failed);
    }

    void save(String packId, Optional<String> replacing, Question question, Consumer<Question> saved,
            Consumer<PackRejectedException> rejected) {
        background.run(() -> packs.saveQuestion(packId, replacing, question), changed -> {
            publish.apply(changed);
            boolean revealed = revealIfFiltered(question.id());
            status.set("Saved \u201c" + question.title() + "\u201d in " + changed.packOf(question.id())
                    .map(p -> "\u201c" + p.pack().info().title() + "\u201d").orElse("your pack") + "."
                    + (revealed ? " The filters hid it, so they were cleared." : ""));
            saved.accept(question);
        }, e -> {
            if (e instanceof PackRejectedException r) {
                rejected.accept(r);
            } else {
                failed(e);
            }
        });
    }

    void delete(Question question) {
        background.run(() -> packs.deleteQuestion(question.id()), changed -> {
            publish.apply(changed);
            status.set("Deleted \u201c" + question.title() + "\u201d. A backup of its pack is in " + backupsName() + ".");
        }, this::failed);
    }

    void createPack(String title, Consumer<String> created) {
        background.run(() -> packs.createPack(title), change -> {
            publish.apply(change.bank());
            status.set("Created the pack \u201c" + title.strip() + "\u201d. New questions can be saved into it.");
            created.accept(change.value());
        }, this::failed);
    }

    void deletePack(LoadedPack pack) {
        background.run(() -> packs.deletePack(pack.pack().info().id()), changed -> {
            publish.apply(changed);
            status.set("Deleted the pack \u201c" + pack.pack().info().title() + "\u201d. A backup is in " + backupsName() + ".");
        }, this::failed);
    }

    /** Checks a pack file, asks how to resolve clashing ids if there are any, then imports it; nothing is imported on errors. */
    void importFile(Path file, Function<List<Clash>, Optional<ClashResolution>> chooseResolution) {
        QuestionBank current = bank.get();
        String name = file.getFileName().toString();
        clearProblems();
        status.set("Checking " + name + "\u2026");
        // Read one byte past the cap so an oversized file is reported by the loader instead of filling memory.
        BankFile.Contents bounded = () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(PackReader.MAX_FILE_BYTES + 1);
            }
        };
        background.run(() -> PackImport.preview(new BankFile(name, BankFile.Origin.CUSTOM, bounded), current),
                preview -> importChecked(name, preview, chooseResolution), this::failed);
    }

    private void importChecked(String name, ImportPreview preview,
            Function<List<Clash>, Optional<ClashResolution>> chooseResolution) {
        if (!preview.canImport()) {
            status.set("");
            showProblems("Nothing was imported from " + name + ": " + count(preview.problems().size(), "problem")
                    + " to fix first", preview.problems());
            return;
        }
        Optional<ClashResolution> resolution = preview.clashes().isEmpty() ? Optional.of(ClashResolution.SKIP)
                : chooseResolution.apply(preview.clashes());
        if (resolution.isEmpty()) {
            status.set("Import of " + name + " cancelled; nothing changed.");
            return;
        }
        runImport(preview, resolution.get());
    }

    private void runImport(ImportPreview preview, ClashResolution resolution) {
        QuestionPack incoming = preview.pack().orElseThrow();
        background.run(() -> packs.importPack(incoming, resolution), outcome -> {
            publish.apply(outcome.bank());
            status.set(outcome.summary());
        }, this::failed);
    }

    void export(QuestionPack pack, Path target) {
        QuestionBank current = bank.get();
        background.run(() -> {
            CustomPacks.export(pack, target, current);
            return target;
        }, written -> status.set("Exported " + count(pack.questions().size(), "question") + " to " + written
                + ". Anyone with Rehearse can import it."), this::failed);
    }

    /** A pack of the chosen questions, named after the file it is exported to. */
    static QuestionPack selectionPack(List<Question> chosen, Path target) {
        String stem = target.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        String title = stem.replaceAll("[-_]+", " ").strip();
        title = title.isEmpty() ? "Shared questions" : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        PackInfo info = new PackInfo(QuestionRules.suggestId(stem), title, "1", Optional.empty(), Optional.empty(),
                Optional.empty());
        return new QuestionPack(info, chosen);
    }

    void clearProblems() {
        problemsTitle.set("");
        problems.clear();
    }

    void showProblems(String title, List<Problem> found) {
        problemsTitle.set(title);
        problems.setAll(found.stream().map(Problem::format).toList());
    }

    void failed(Exception e) {
        if (e instanceof PackRejectedException r && !r.problems().isEmpty()) {
            status.set("");
            showProblems("Not saved: " + r.getMessage(), r.problems());
        } else {
            status.set("Could not complete that: " + e.getMessage());
        }
    }

    Path packFolder() {
        return packs.folder();
    }

    private String backupsName() {
        return packs.backupFolder().toString();
    }

    /** Clears the search and filters when they hide the question, so a question just saved is in sight. */
    private boolean revealIfFiltered(String questionId) {
        if (shown.stream().anyMatch(q -> q.id().equals(questionId))) {
            return false;
        }
        search.set("");
        type.set(ALL_TYPES);
        level.set(ALL_LEVELS);
        pack.set(PackChoice.ALL);
        return true;
    }

    private void refilter() {
        String needle = search.get().strip().toLowerCase(Locale.ROOT);
        String t = type.get();
        String l = level.get();
        PackChoice p = pack.get();
        QuestionBank current = bank.get();
        Map<String, String> texts = haystacks;
        shown.setPredicate(q -> (t == null || ALL_TYPES.equals(t) || q.type().label().equals(t))
                && (l == null || ALL_LEVELS.equals(l) || q.level().id().equals(l))
                && (p == null || current.packOf(q.id()).map(p::accepts).orElse(false))
                && (needle.isEmpty() || texts.getOrDefault(q.id(), "").contains(needle)));
    }

    private static String haystack(Question q, QuestionBank bank) {
        return String.join(" ", q.title(), q.id(), String.join(" ", q.tags()), q.type().id(), q.level().id(), q.prompt(),
                bank.packOf(q.id()).map(p -> p.pack().info().title()).orElse("")).toLowerCase(Locale.ROOT);
    }

    private static String count(int n, String noun) {
        return n == 1 ? "1 " + noun : n + " " + noun + "s";
    }
}
