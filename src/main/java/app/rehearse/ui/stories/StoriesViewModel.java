package app.rehearse.ui.stories;

import app.rehearse.bank.PackImport;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionRules;
import app.rehearse.history.SessionSummary;
import app.rehearse.stories.Coverage;
import app.rehearse.stories.Story;
import app.rehearse.stories.StoryRepository;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.UiTasks;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The story bank page: the stories (searched), the coverage they give against the bank's behavioral
 * questions, and saving and deleting, all file work in the background.
 */
final class StoriesViewModel {
    private final StoryRepository repository;
    private final Supplier<List<Question>> questions;
    private final PastWork past;
    private final UiTasks tasks;
    private final Clock clock;
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final FilteredList<Story> shown = new FilteredList<>(stories);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>(this, "coverage");
    private List<String> unreadableIds = List.of();

    StoriesViewModel(StoryRepository repository, Supplier<List<Question>> questions, PastWork past, UiTasks tasks,
            Clock clock) {
        this.repository = repository;
        this.questions = questions;
        this.past = past;
        this.tasks = tasks;
        this.clock = clock;
        search.addListener((obs, old, text) -> refilter());
        coverage.set(Coverage.of(List.of(), questions.get(), now()));
    }

    void load() {
        tasks.run(repository::loadAll, loaded -> {
            stories.setAll(loaded.stories());
            unreadableIds = loaded.unreadable().stream().map(u -> u.file().getFileName().toString()
                    .replaceAll("\\.json$", "")).toList();
            recount();
            status.set(loaded.unreadable().isEmpty() ? "" : loaded.unreadable().size()
                    + (loaded.unreadable().size() == 1 ? " story file could not be read and was left as it is: "
                    : " story files could not be read and were left as they are: ")
                    + loaded.unreadable().get(0).reason());
        }, e -> status.set("Your stories could not be read: " + e.getMessage()));
    }

    /**
     * The sessions in which {@code story} was told, newest first, once the history index has caught up
     * with the sessions on disk; with the index's time zone for showing their dates.
     */
    void tellings(Story story, BiConsumer<List<SessionSummary>, ZoneId> found, Consumer<Exception> failed) {
        tasks.when(past.history(), index -> tasks.run(() -> {
            index.refresh();
            return index.summaries().stream().filter(s -> s.story().filter(story.id()::equals).isPresent()).toList();
        }, tellings -> found.accept(tellings, index.zone()), failed), failed);
    }

    /** Saves the form as a new story, or over the one it edits; {@code saved} gets the story once it is on disk. */
    void save(StoryForm form, Consumer<Story> saved) {
        String id = form.editing().map(Story::id).orElseGet(() -> freeId(form.title.get()));
        Story story = form.toStory(id, clock.instant());
        tasks.run(() -> {
            repository.save(story);
            return story;
        }, done -> {
            stories.removeIf(s -> s.id().equals(done.id()));
            stories.add(done);
            stories.sort(Story.BY_TITLE);
            recount();
            status.set("Saved \u201c" + done.title() + "\u201d.");
            saved.accept(done);
        }, e -> status.set("\u201c" + story.title() + "\u201d was not saved: " + e.getMessage()
                + ". Your text is still here; try Save again."));
    }

    void delete(Story story, Runnable deleted) {
        tasks.run(() -> {
            repository.delete(story.id());
            return story;
        }, done -> {
            stories.removeIf(s -> s.id().equals(done.id()));
            recount();
            status.set("Deleted \u201c" + done.title() + "\u201d; a copy is in the backups folder.");
            deleted.run();
        }, e -> status.set("\u201c" + story.title() + "\u201d was not deleted: " + e.getMessage()));
    }

    ObservableList<Story> shownStories() {
        return shown;
    }

    List<Story> allStories() {
        return List.copyOf(stories);
    }

    StringProperty searchProperty() {
        return search;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    YearMonth now() {
        return YearMonth.now(clock);
    }

    /** Recomputes the coverage, for when the bank's questions changed. */
    void recount() {
        coverage.set(Coverage.of(stories, questions.get(), now()));
    }

    /** An id no story has, nor any file that could not be read: a new story never replaces one. */
    private String freeId(String title) {
        Set<String> taken = new HashSet<>(unreadableIds);
        stories.forEach(s -> taken.add(s.id()));
        return PackImport.freeId(QuestionRules.suggestId(title.isBlank() ? "story" : title), taken);
    }

    private void refilter() {
        String needle = search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : s -> String.join(" ", s.title(), s.situation(), s.task(),
                s.action(), s.result(), String.join(" ", s.competencies())).toLowerCase(Locale.ROOT).contains(needle));
    }
}
