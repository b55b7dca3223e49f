package app.rehearse.ui.history;

import app.rehearse.bank.QuestionType;
import app.rehearse.history.ExportResult;
import app.rehearse.history.HistoryFilter;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.MarkdownExport;
import app.rehearse.history.ReferenceDoc;
import app.rehearse.history.SearchResult;
import app.rehearse.history.SessionReview;
import app.rehearse.history.SessionSummary;
import app.rehearse.history.Trash;
import app.rehearse.history.UndoToken;
import app.rehearse.plan.LoopReport;
import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.DataLayout;
import app.rehearse.whiteboard.WhiteboardFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Past sessions as the history page sees them: filtered rows, the session under review, and
 * the commands on a selection (delete with undo, export, refresh). File work runs on {@code io};
 * results come back through {@code fxThread}.
 */
public final class HistoryViewModel {
    private final Function<String, String> dimensionTitle;
    private static final Logger LOG = Logger.getLogger(HistoryViewModel.class.getName());
    public static final String ANY = "any";

    private final SessionRepository repository;
    private final Trash trash;
    private final MarkdownExport export;
    private final Executor io;
    private final Consumer<Runnable> fxThread;
    private HistoryIndex index;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", ANY);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Integer> minScore = new SimpleObjectProperty<>(this, "minScore");
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SessionReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyObjectWrapper<Pattern> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private UndoToken lastDelete;
    private final Map<String, WhiteboardFiles.Found> boards = new ConcurrentHashMap<>();
    private final Set<String> expandedLoops = new HashSet<>();

    public HistoryViewModel(DataLayout layout, SessionRepository repository, Function<String, String> dimensionTitle,
            ZoneId zone, Executor io, Consumer<Runnable> fxThread) {
        this.repository = repository;
        this.trash = new Trash(layout, repository);
        this.export = new MarkdownExport(repository, zone, dimensionTitle);
        this.dimensionTitle = dimensionTitle;
        this.io = io;
        this.fxThread = fxThread;
        query.addListener((obs, old, now) -> search());
        type.addListener((obs, old, now) -> search());
        tag.addListener((obs, old, now) -> search());
        from.addListener((obs, old, now) -> search());
        to.addListener((obs, old, now) -> search());
        minScore.addListener((obs, old, now) -> search());
    }

    /** Starts using the index (opened in the background) and brings it up to date with the folders. */
    public void attach(HistoryIndex opened) {
        index = opened;
        loaded.set(true);
        refresh();
    }

    // Properties

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> minScoreProperty() {
        return minScore;
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<SessionReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** What the current search matches, for marking it in the notes under review. */
    public ReadOnlyObjectProperty<Pattern> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /**
     * Clears the last notice ("Exported…"): it belonged to the visit in which it was shown. A delete's
     * notice stays, with its Undo, until the next delete.
     */
    public void clearNotice() {
        if (!canUndo.get()) {
            notice.set("");
        }
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Optional<HistoryIndex> index() {
        return Optional.ofNullable(index);
    }

    // Commands

    /** Re-reads changed session folders in the background, then searches again. */
    public void refresh() {
        if (index == null) {
            return;
        }
        HistoryIndex current = index;
        io.execute(() -> {
            try {
                current.refresh();
            } catch (IOException e) {
                fxThread.accept(() -> notice.set("Could not read the sessions folder: " + e.getMessage()));
            }
            fxThread.accept(this::search);
        });
    }

    /** Runs the search with the current words and filters; fast enough for every keystroke. */
    public void search() {
        if (index == null) {
            return;
        }
        SearchResult result = index.search().search(query.get(), filter());
        // Loops are grouped from every session only when the search found a round of one: not at each keystroke.
        Map<String, LoopReport> loops = result.sessions().stream().anyMatch(s -> s.loop().isPresent())
                ? LoopReport.of(index.summaries()).stream().collect(Collectors.toMap(LoopReport::loopId, r -> r))
                : Map.of();
        List<HistoryRow> found = new ArrayList<>();
        Set<String> listedLoops = new HashSet<>();
        for (SessionSummary s : result.sessions()) {
            Optional<LoopReport> loop = s.loop().map(mark -> loops.get(mark.loopId()));
            // A loop is one entry, listed when any of its rounds matches; its rounds follow it once expanded.
            if (loop.isPresent() && listedLoops.add(loop.get().loopId())) {
                found.add(HistoryRow.of(loop.get()));
            }
            if (loop.isEmpty() || expandedLoops.contains(loop.get().loopId())) {
                found.add(HistoryRow.of(s));
            }
        }
        result.damaged().forEach(d -> found.add(HistoryRow.of(d)));
        rows.setAll(found);
        highlight.set(pattern(query.get()));
    }

    private HistoryFilter filter() {
        HistoryFilter f = HistoryFilter.ANY.withType(QuestionType.fromId(type.get()));
        String t = tag.get().strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
            f = f.withTags(Set.of(t));
        }
        f = f.withDates(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()));
        if (minScore.get() != null && minScore.get() > 0) {
            f = f.withScores(OptionalInt.of(minScore.get()), OptionalInt.empty());
        }
        return f;
    }

    /** Words of the query as a case-insensitive pattern; the last word matches as a prefix, as in the search. */
    static Pattern pattern(String typed) {
        String[] words = typed.strip().split("\\s+");
        if (typed.isBlank()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("\\b").append(Pattern.quote(word)).append("\\w*");
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Lists a loop's rounds under it, or folds them back into it. */
    public void setLoopExpanded(String loopId, boolean expanded) {
        boolean changed = expanded ? expandedLoops.add(loopId) : expandedLoops.remove(loopId);
        if (changed) {
            search();
        }
    }

    public boolean isLoopExpanded(String loopId) {
        return expandedLoops.contains(loopId);
    }

    /** Loads a session for review in the background; damaged rows show their reason, loops their report, instead. */
    public void select(HistoryRow row) {
        if (row == null || row.isDamaged() || row.isLoop()) {
            review.set(null);
            return;
        }
        String id = row.id();
        io.execute(() -> {
            try {
                SessionReview loadedReview = SessionReview.load(repository, id);
                boards.put(id, WhiteboardFiles.read(loadedReview.session().folder()));
                fxThread.accept(() -> review.set(loadedReview));
            } catch (Exception e) {
                fxThread.accept(() -> {
                    review.set(null);
                    notice.set("Could not open " + id + ": " + e.getMessage());
                });
            }
        });
    }

    /** The title of a trade-off dimension, by id, as the checklist names it. */
    public String dimensionTitle(String id) {
        return dimensionTitle.apply(id);
    }

    /** Loads several sessions in the background (to compare attempts), skipping any that cannot be read. */
    public void loadReviews(List<String> ids, Consumer<List<SessionReview>> then) {
        io.execute(() -> {
            List<SessionReview> loadedReviews = new ArrayList<>();
            for (String id : ids) {
                try {
                    SessionReview loadedReview = SessionReview.load(repository, id);
                    boards.put(id, WhiteboardFiles.read(loadedReview.session().folder()));
                    loadedReviews.add(loadedReview);
                } catch (Exception e) {
                    // A damaged attempt is listed as damaged in the table; the comparison shows the rest.
                    LOG.log(Level.INFO, "left out of the comparison: " + id, e);
                }
            }
            fxThread.accept(() -> then.accept(loadedReviews));
        });
    }

    /**
     * The diagram of a session loaded for review. It is read together with the review, off the UI
     * thread, so it is always there; this never touches the disk.
     */
    public WhiteboardFiles.Found boardOf(SessionReview loadedReview) {
        WhiteboardFiles.Found found = boards.get(loadedReview.id());
        if (found == null) {
            throw new IllegalStateException("the diagram of " + loadedReview.id() + " is read with its review");
        }
        return found;
    }

    /** Moves the sessions to the trash; the notice offers Undo until the next delete. */
    public void delete(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        io.execute(() -> {
            try {
                UndoToken token = trash.moveToTrash(ids);
                index.refresh();
                fxThread.accept(() -> {
                    lastDelete = token;
                    canUndo.set(true);
                    review.set(null);
                    notice.set("Moved " + count(ids.size()) + " to the trash.");
                    search();
                });
            } catch (IOException e) {
                fxThread.accept(() -> notice.set("Could not delete: " + e.getMessage() + ". Nothing was moved."));
            }
        });
    }

    public void undoDelete() {
        UndoToken token = lastDelete;
        if (token == null) {
            return;
        }
        io.execute(() -> {
            try {
                trash.undo(token);
                index.refresh();
                fxThread.accept(() -> {
                    lastDelete = null;
                    canUndo.set(false);
                    notice.set("Restored " + count(token.ids().size()) + ".");
                    search();
                });
            } catch (IOException e) {
                fxThread.accept(() -> notice.set("Could not restore: " + e.getMessage()));
            }
        });
    }

    public void emptyTrash() {
        io.execute(() -> {
            try {
                int removed = trash.empty();
                fxThread.accept(() -> {
                    lastDelete = null;
                    canUndo.set(false);
                    notice.set("Emptied the trash (" + count(removed) + " removed for good).");
                });
            } catch (IOException e) {
                fxThread.accept(() -> notice.set("Could not empty the trash: " + e.getMessage()));
            }
        });
    }

    public void export(List<String> ids, Path folder) {
        export(ids, folder, Map.of());
    }

    /** Exports as Markdown, each session followed by its question's reference answer where {@code references} has one. */
    public void export(List<String> ids, Path folder, Map<String, ReferenceDoc> references) {
        io.execute(() -> {
            try {
                ExportResult result = export.export(ids, folder, references);
                String failed = result.failed().isEmpty() ? ""
                        : " " + result.failed().size() + " could not be exported: " + result.failed().get(0).reason();
                fxThread.accept(() -> notice.set("Exported " + count(ids.size() - result.failed().size()) + " as Markdown"
                        + (references.isEmpty() ? "" : " with reference answers") + " to " + folder + "." + failed));
            } catch (IOException e) {
                fxThread.accept(() -> notice.set("Could not export: " + e.getMessage()));
            }
        });
    }

    private static String count(int n) {
        return n + (n == 1 ? " session" : " sessions");
    }
}
