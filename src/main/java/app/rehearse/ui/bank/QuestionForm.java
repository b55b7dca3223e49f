package app.rehearse.ui.bank;

import app.rehearse.bank.CustomPacks;
import app.rehearse.bank.DraftCheck;
import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Level;
import app.rehearse.bank.PackImport;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.Reference;
import app.rehearse.bank.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The question editor's model: one property per field, the question those fields make, and every
 * rule it breaks. Checking goes through {@link DraftCheck}, which asks the pack loader, so the
 * editor has no rules of its own. Fields the editor does not show (behavioral signals, a custom
 * phase plan) are carried over from the question being edited or duplicated.
 */
final class QuestionForm {
    enum Mode { NEW, EDIT, DUPLICATE }

    static final int DEFAULT_TIMEBOX = 45;

    private final QuestionBank bank;
    private final Mode mode;
    private final Optional<String> replacing;
    private final List<String> signals;
    private final List<PhaseSpec> phases;
    /** The reference's parts the editor does not show (signals, pitfalls), kept from the question edited. */
    private final Optional<Reference> referenceKept;
    final ObjectProperty<Optional<String>> referenceDiagram = new SimpleObjectProperty<>(this, "referenceDiagram",
            Optional.empty());
    private final Set<String> otherIds = new HashSet<>();
    private DraftCheck check;
    private String lastSuggestion = "";
    private List<ItemLines.Item> hintItems = List.of();
    private List<ItemLines.Item> followUpItems = List.of();
    private final Question initial;

    // Properties
    final StringProperty packId = new SimpleStringProperty(this, "packId", CustomPacks.DEFAULT_PACK_ID);
    final StringProperty id = new SimpleStringProperty(this, "id", "");
    final ObjectProperty<QuestionType> type = new SimpleObjectProperty<>(this, "type", QuestionType.SYSTEM_DESIGN);
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level", Level.SENIOR);
    final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    final StringProperty competency = new SimpleStringProperty(this, "competency", "");
    final StringProperty hints = new SimpleStringProperty(this, "hints", "");
    /** The last, stronger hint that names the technique; blank for none. */
    final StringProperty rescueHint = new SimpleStringProperty(this, "rescueHint", "");
    final StringProperty followUps = new SimpleStringProperty(this, "followUps", "");
    final ObservableList<RubricRow> rubric = FXCollections.observableArrayList();
    final ObservableList<String> tradeOffs = FXCollections.observableArrayList();
    final BooleanProperty ownTimebox = new SimpleBooleanProperty(this, "ownTimebox", false);
    final ObjectProperty<Integer> timeboxMinutes = new SimpleObjectProperty<>(this, "timeboxMinutes", DEFAULT_TIMEBOX);
    /** The reference answer's outline; blank means no reference (unless a diagram asks for one). */
    final StringProperty referenceOutline = new SimpleStringProperty(this, "referenceOutline", "");
    private final ReadOnlyBooleanWrapper idFollowsTitle = new ReadOnlyBooleanWrapper(this, "idFollowsTitle");
    private final ReadOnlyObjectWrapper<List<Violation>> violations = new ReadOnlyObjectWrapper<>(this, "violations", List.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ObservableList<String> messages = FXCollections.observableArrayList();

    private QuestionForm(QuestionBank bank, Mode mode, Optional<Question> source, String targetPack) {
        this.bank = bank;
        this.mode = mode;
        this.replacing = mode == Mode.EDIT ? source.map(Question::id) : Optional.empty();
        this.signals = source.map(Question::signals).orElse(List.of());
        this.phases = source.map(Question::phases).orElse(List.of());
        this.referenceKept = source.flatMap(Question::reference);
        this.referenceDiagram.set(referenceKept.flatMap(Reference::diagram));
        bank.questions().forEach(q -> otherIds.add(q.id()));
        replacing.ifPresent(otherIds::remove);
        packId.set(targetPack);
        source.ifPresent(this::fill);
        idFollowsTitle.set(mode == Mode.NEW);
        if (mode == Mode.DUPLICATE) {
            id.set(PackImport.freeId(source.orElseThrow().id() + "-copy", otherIds));
        }
        check = new DraftCheck(bank, targetPack, replacing);
        initial = draft();
        title.addListener((obs, old, text) -> followTitle(text));
        id.addListener((obs, old, text) -> {
            if (!text.equals(lastSuggestion)) {
                idFollowsTitle.set(false);
            }
        });
        packId.addListener((obs, old, pack) -> {
            check = new DraftCheck(bank, pack, replacing);
            validate();
        });
        InvalidationListener revalidate = obs -> validate();
        for (Observable field : new Observable[] {id, type, title, prompt, level, tags, competency, hints, rescueHint, followUps,
                tradeOffs, ownTimebox, timeboxMinutes, referenceOutline, referenceDiagram}) {
            field.addListener(revalidate);
        }
        rubric.forEach(row -> watch(row, revalidate));
        rubric.addListener((ListChangeListener<RubricRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> watch(row, revalidate));
            }
            validate();
        });
        validate();
    }

    static QuestionForm blank(QuestionBank bank, String packId) {
        return new QuestionForm(bank, Mode.NEW, Optional.empty(), packId);
    }

    static QuestionForm edit(QuestionBank bank, Question q, String packId) {
        return new QuestionForm(bank, Mode.EDIT, Optional.of(q), packId);
    }

    static QuestionForm duplicate(QuestionBank bank, Question q, String packId) {
        return new QuestionForm(bank, Mode.DUPLICATE, Optional.of(q), packId);
    }

    private void fill(Question q) {
        id.set(q.id());
        type.set(q.type());
        title.set(q.title());
        prompt.set(q.prompt());
        level.set(q.level());
        tags.set(String.join(", ", q.tags()));
        competency.set(q.competency().orElse(""));
        hints.set(ItemLines.join(q.hints()));
        rescueHint.set(q.rescueHint().orElse(""));
        followUps.set(ItemLines.join(q.followUps().stream().map(ItemLines::line).toList()));
        q.rubric().forEach(c -> rubric.add(RubricRow.of(c)));
        tradeOffs.setAll(q.tradeOffs());
        ownTimebox.set(q.timeboxMinutes().isPresent());
        timeboxMinutes.set(q.timeboxMinutes().orElse(DEFAULT_TIMEBOX));
        referenceOutline.set(q.reference().map(Reference::outline).orElse(""));
    }

    /** Makes {@code diagram} (a file beside the packs) the draft's reference diagram; the outline is still to write. */
    void useReferenceDiagram(String diagram) {
        referenceDiagram.set(Optional.of(diagram));
    }

    private static void watch(RubricRow row, InvalidationListener listener) {
        for (Observable o : row.observables()) {
            o.addListener(listener);
        }
    }

    // Properties

    Mode mode() {
        return mode;
    }

    Optional<String> replacing() {
        return replacing;
    }

    ReadOnlyBooleanProperty idFollowsTitleProperty() {
        return idFollowsTitle.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Violation>> violationsProperty() {
        return violations.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Every problem as a line for the list under the form, e.g. "Hints, line 3: ...". */
    ObservableList<String> messages() {
        return messages;
    }

    /** True once the fields describe something other than what the editor opened with. */
    boolean isChanged() {
        return !draft().equals(initial);
    }

    // Commands

    /** Takes the id suggested by the title again, and keeps following the title. */
    void suggestId() {
        idFollowsTitle.set(true);
        followTitle(title.get());
    }

    void addRubricRow() {
        rubric.add(new RubricRow());
    }

    void setTradeOff(String dimension, boolean chosen) {
        if (chosen && !tradeOffs.contains(dimension)) {
            tradeOffs.add(dimension);
        } else if (!chosen) {
            tradeOffs.remove(dimension);
        }
    }

    /** The question the fields describe now. */
    Question draft() {
        hintItems = ItemLines.items(hints.get());
        followUpItems = ItemLines.items(followUps.get());
        boolean behavioral = type.get() == QuestionType.BEHAVIORAL;
        List<String> tagList = new ArrayList<>();
        for (String tag : tags.get().split(",")) {
            if (!tag.isBlank()) {
                tagList.add(tag.strip());
            }
        }
        List<FollowUp> follow = followUpItems.stream().map(item -> ItemLines.followUp(item.text())).toList();
        Integer minutes = timeboxMinutes.get();
        return new Question(id.get().strip(), type.get(), title.get().strip(), prompt.get().strip(), level.get(), tagList,
                behavioral && !competency.get().isBlank() ? Optional.of(competency.get().strip()) : Optional.empty(),
                behavioral ? signals : List.of(), hintItems.stream().map(ItemLines.Item::text).toList(), follow,
                rubric.stream().map(RubricRow::toCriterion).toList(), List.copyOf(tradeOffs),
                ownTimebox.get() && minutes != null ? OptionalInt.of(minutes) : OptionalInt.empty(), phases,
                reference(), rescueHint.get().isBlank() ? Optional.empty() : Optional.of(rescueHint.get().strip()));
    }

    private Optional<Reference> reference() {
        String outline = referenceOutline.get().strip();
        if (outline.isEmpty() && referenceDiagram.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reference(outline, referenceDiagram.get(),
                referenceKept.map(Reference::seniorSignals).orElse(List.of()),
                referenceKept.map(Reference::staffSignals).orElse(List.of()),
                referenceKept.map(Reference::pitfalls).orElse(List.of())));
    }

    private void validate() {
        List<Violation> found = check.check(draft());
        violations.set(found);
        valid.set(found.isEmpty());
        messages.setAll(found.stream().map(this::describe).toList());
    }

    private void followTitle(String text) {
        if (!idFollowsTitle.get()) {
            return;
        }
        lastSuggestion = text.isBlank() ? "" : PackImport.freeId(QuestionRules.suggestId(text), otherIds);
        id.set(lastSuggestion);
    }

    /**
     * A field name a person recognises, then the rule's own message, worded one way: a message about the
     * field itself reads as a sentence ("Title must not be empty"), any other follows a colon.
     */
    String describe(Violation v) {
        String[] parts = v.pointer().split("/");
        String field = parts.length > 1 ? parts[1] : "";
        int index = parts.length > 2 && parts[2].matches("\\d{1,6}") ? Integer.parseInt(parts[2]) : -1;
        String where;
        switch (field) {
            case "id": where = "Id"; break;
            case "title": where = "Title"; break;
            case "prompt": where = "Prompt"; break;
            case "tags": where = "Tags"; break;
            case "competency": where = "Competency"; break;
            case "signals": where = "Signals"; break;
            case "hints": where = lineOf("Hints", hintItems, index); break;
            case "followUps": where = lineOf("Follow-ups", followUpItems, index); break;
            case "rubric": where = index < 0 ? "Rubric" : "Rubric row " + (index + 1); break;
            case "tradeOffs": where = "Trade-offs"; break;
            case "timeboxMinutes": where = "Timebox"; break;
            case "phases": where = "Phases"; break;
            case "reference": where = "Reference answer"; break;
            default: where = "Question"; break;
        }
        String named = "\"" + parts[parts.length - 1] + "\" ";
        return v.message().startsWith(named) && index < 0 ? where + " " + v.message().substring(named.length())
                : where + ": " + v.message();
    }

    private static String lineOf(String name, List<ItemLines.Item> items, int index) {
        return index >= 0 && index < items.size() ? name + ", line " + items.get(index).line() : name;
    }
}
