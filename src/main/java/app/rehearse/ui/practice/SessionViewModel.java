package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionCodec;
import app.rehearse.practice.SessionEvent;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.SessionState;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Autosaver;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.practice.TimerFormat.TimerState;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Whiteboard;
import app.rehearse.whiteboard.WhiteboardCodec;
import app.rehearse.whiteboard.WhiteboardFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A running session as the view sees it: phase, countdown, hints, follow-ups and notes, with
 * every change autosaved in the background. Save outcomes arrive on the writer thread and are
 * brought to the FX thread through {@code fxThread}.
 */
public final class SessionViewModel {
    private static final long TIMER_SAVE_EVERY_MS = 5_000;
    private static final Logger LOG = Logger.getLogger(SessionViewModel.class.getName());
    private static final WhiteboardCodec CODEC = new WhiteboardCodec();

    private final PracticeSession session;
    private final SessionRepository repository;
    private final Autosaver<Save> autosaver;
    private final Whiteboard whiteboard;
    private final Autosaver<SavedBoard> boardSaver;
    private final Executor io;
    private final Consumer<Runnable> fxThread;
    /** What each writer last reported: null when its last save succeeded. Read and written on the FX thread. */
    private static final String NOTES = "notes";
    private static final String DIAGRAM = "diagram";
    private String notesSaveProblem;
    private String boardSaveProblem;
    private String pictureSave;
    private String otherProblem;

    // Properties
    private final ReadOnlyStringWrapper phaseName = new ReadOnlyStringWrapper(this, "phaseName", "");
    private final ReadOnlyStringWrapper phaseCount = new ReadOnlyStringWrapper(this, "phaseCount", "");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper(this, "timerText", "");
    private final ReadOnlyObjectWrapper<TimerState> timerState = new ReadOnlyObjectWrapper<>(this, "timerState",
            TimerState.NORMAL);
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper(this, "phaseProgress", 0);
    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper hasNextPhase = new ReadOnlyBooleanWrapper(this, "hasNextPhase");
    private final ReadOnlyBooleanWrapper hintsLeft = new ReadOnlyBooleanWrapper(this, "hintsLeft");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyBooleanWrapper saveFailing = new ReadOnlyBooleanWrapper(this, "saveFailing");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<String> followUps = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private long lastTimerSaveMs;

    /** What one autosave writes: the session record and the notes, captured together. */
    record Save(SessionSnapshot snapshot, String notes) {}

    private SessionViewModel(PracticeSession session, String initialNotes, Optional<SavedBoard> board,
            SessionRepository repository, ScheduledExecutorService io, Consumer<Runnable> fxThread) {
        this.session = session;
        this.repository = repository;
        this.io = io;
        this.whiteboard = board.map(saved -> Whiteboard.restore(saved, session::elapsedMs, this::phaseId))
                .orElseGet(() -> new Whiteboard(session::elapsedMs, this::phaseId));
        this.autosaver = new Autosaver<>(io, save -> repository.save(save.snapshot(), save.notes()),
                saveListener(NOTES, fxThread), Autosaver.TYPING_DEBOUNCE, Autosaver.TYPING_MAX_DELAY);
        Path boardFile = repository.folder(session.id()).resolve(WhiteboardCodec.FILE_NAME);
        this.boardSaver = new Autosaver<>(io, saved -> CODEC.save(boardFile, saved), saveListener(DIAGRAM, fxThread),
                Autosaver.TYPING_DEBOUNCE, Autosaver.TYPING_MAX_DELAY);
        this.fxThread = fxThread;
        notes.set(initialNotes);
        notes.addListener((obs, old, text) -> autosave());
        for (var h : session.hintsUsed()) {
            hints.add(h.text());
        }
        for (FollowUpShown f : session.followUpsShown()) {
            followUps.add(describe(f));
        }
        refresh();
    }

    /** Starts a new session on a question: creates its folder, starts the clock, saves the first state. */
    public static SessionViewModel start(Question question, PlanSettings settings, SessionRepository repository,
            Clock clock, ScheduledExecutorService io, Consumer<Runnable> fxThread) {
        String id = repository.newId(question.id(), clock.instant());
        PracticeSession session = PracticeSession.create(id, question, settings.planFor(question), clock, new Random(),
                settings.autoAdvance());
        SessionViewModel model = new SessionViewModel(session, "", Optional.empty(), repository, io, fxThread);
        model.apply(session.start());
        model.autosaver.submitNow(new Save(session.snapshot(), ""));
        return model;
    }

    /** Continues a saved session with its diagram; it comes back paused where it was saved. */
    public static SessionViewModel resume(SessionSnapshot snapshot, String notes, Optional<SavedBoard> board,
            SessionRepository repository, Clock clock, ScheduledExecutorService io, Consumer<Runnable> fxThread) {
        return new SessionViewModel(PracticeSession.restore(snapshot, clock), notes, board, repository, io, fxThread);
    }

    /** The session's diagram, live. */
    public Whiteboard whiteboard() {
        return whiteboard;
    }

    /** The diagram changed: saved in the background like the notes. */
    public void whiteboardChanged() {
        boardSaver.submit(whiteboard.snapshot());
    }

    /**
     * Keeps the finished diagram as a picture beside the session: rendered on the FX thread by the
     * caller, encoded and written on the I/O thread. A failure shows in the save status.
     */
    public void savePicture(Callable<byte[]> encodePng) {
        if (whiteboard.board().shapes().isEmpty()) {
            return;
        }
        Path target = folder().resolve(WhiteboardFiles.PICTURE);
        io.execute(() -> {
            String problem = null;
            try {
                AtomicFiles.write(target, encodePng.call());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not write " + target, e);
                problem = "The picture of the diagram could not be saved (" + e.getMessage() + "); the diagram itself is"
                        + " kept in " + WhiteboardCodec.FILE_NAME + ".";
            }
            String outcome = problem;
            fxThread.accept(() -> {
                pictureSave = outcome;
                showSaveState();
            });
        });
    }

    /** Shows a problem in the save status line (a diagram that could not be read on resume) until it is fixed by hand. */
    public void reportProblem(String message) {
        otherProblem = message;
        showSaveState();
    }

    private Autosaver.Listener saveListener(String what, Consumer<Runnable> fxThread) {
        return new Autosaver.Listener() {
            @Override
            public void saved() {
                fxThread.accept(() -> recordSave(what, null));
            }

            @Override
            public void failed(IOException error, Duration retryIn) {
                String message = "Could not save the " + what + " (" + error.getMessage() + "). Your work is kept in"
                        + " memory; retrying in " + Math.max(1, retryIn.toSeconds()) + " s.";
                fxThread.accept(() -> recordSave(what, message));
            }
        };
    }

    private void recordSave(String what, String problem) {
        if (what.equals(NOTES)) {
            notesSaveProblem = problem;
        } else {
            boardSaveProblem = problem;
        }
        showSaveState();
    }

    /** One line for both writers and the picture: any failure wins over "All changes saved". */
    private void showSaveState() {
        String problem = notesSaveProblem != null ? notesSaveProblem : boardSaveProblem != null ? boardSaveProblem
                : pictureSave != null ? pictureSave : otherProblem;
        saveFailing.set(problem != null);
        saveStatus.set(problem != null ? problem : "All changes saved");
    }

    private String phaseId() {
        return session.currentPhase().id();
    }

    // Properties

    public ReadOnlyStringProperty phaseNameProperty() {
        return phaseName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseCountProperty() {
        return phaseCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimerState> timerStateProperty() {
        return timerState.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty phaseProgressProperty() {
        return phaseProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextPhaseProperty() {
        return hasNextPhase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hintsLeftProperty() {
        return hintsLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailingProperty() {
        return saveFailing.getReadOnlyProperty();
    }

    public ObservableList<String> hints() {
        return FXCollections.unmodifiableObservableList(hints);
    }

    public ObservableList<String> followUps() {
        return FXCollections.unmodifiableObservableList(followUps);
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public Question question() {
        return session.question();
    }

    public Path folder() {
        return repository.folder(session.id());
    }

    public int phasesRemaining() {
        return session.phasesRemaining();
    }

    public SessionSnapshot snapshot() {
        return session.snapshot();
    }

    // Commands

    /** Called by the view's timer a few times a second. Returns cues to show. */
    public List<SessionEvent> tick() {
        List<SessionEvent> events = session.tick(notes.get().length());
        apply(events);
        if (!events.isEmpty() || session.elapsedMs() - lastTimerSaveMs >= TIMER_SAVE_EVERY_MS) {
            autosave();
        }
        return events;
    }

    public void togglePause() {
        if (session.state() == SessionState.RUNNING || session.state() == SessionState.PAUSED) {
            session.togglePause();
            refresh();
            autosave();
        }
    }

    public List<SessionEvent> nextPhase() {
        List<SessionEvent> events = session.nextPhase(notes.get().length());
        apply(events);
        autosave();
        return events;
    }

    public void revealHint() {
        session.revealHint().ifPresent(h -> hints.add(h.text()));
        refresh();
        autosave();
    }

    /**
     * Ends the session and writes its final state at once in the background; nothing waits. A save
     * that fails is retried like any autosave and reported through {@link #saveFailingProperty()}.
     */
    public void finish() {
        session.finish();
        refresh();
        lastTimerSaveMs = session.elapsedMs();
        autosaver.submitNow(new Save(session.snapshot(), notes.get()));
        boardSaver.submitNow(whiteboard.snapshot());
    }

    /** True while the notes, the record or the diagram have changes that have not reached the disk. */
    public boolean hasUnsavedChanges() {
        return autosaver.hasUnsaved() || boardSaver.hasUnsaved();
    }

    /**
     * Saves everything now in the background and then tells {@code done}, on the FX thread, whether
     * it all reached the disk. Nothing waits: the check runs on the I/O thread after both saves.
     */
    public void saveNowThen(Consumer<Boolean> done) {
        if (session.state() != SessionState.FINISHED) {
            lastTimerSaveMs = session.elapsedMs();
            autosaver.submitNow(new Save(session.snapshot(), notes.get()));
            boardSaver.submitNow(whiteboard.snapshot());
        } else {
            autosaver.retryNow();
            boardSaver.retryNow();
        }
        io.execute(() -> {
            boolean saved = !hasUnsavedChanges();
            fxThread.accept(() -> done.accept(saved));
        });
    }

    /**
     * Captures the session as it is now (call on the FX thread) and returns the work that writes a
     * copy of it (notes, diagram, session record) into {@code target}, for when the session's own
     * folder cannot be written. Run the returned work in the background.
     */
    public UiTasks.ThrowingRunnable copyTo(Path target) {
        String text = notes.get();
        SavedBoard board = whiteboard.snapshot();
        SessionSnapshot snapshot = session.snapshot();
        return () -> {
            AtomicFiles.write(target.resolve(SessionRepository.NOTES_FILE), text);
            CODEC.save(target.resolve(WhiteboardCodec.FILE_NAME), board);
            AtomicFiles.write(target.resolve(SessionRepository.SESSION_FILE),
                    SessionCodec.toBytes(SessionCodec.write(snapshot)));
        };
    }

    /** Saves synchronously, for closing the app; returns whether everything reached the disk. */
    public boolean saveBeforeExit() {
        autosave();
        boolean notesSaved = autosaver.flush(Duration.ofSeconds(5));
        return boardSaver.flush(Duration.ofSeconds(5)) && notesSaved;
    }

    private void apply(List<SessionEvent> events) {
        for (SessionEvent event : events) {
            if (event instanceof SessionEvent.FollowUpAsked asked) {
                followUps.add(describe(asked.followUp()));
            }
        }
        refresh();
    }

    private void autosave() {
        lastTimerSaveMs = session.elapsedMs();
        autosaver.submit(new Save(session.snapshot(), notes.get()));
    }

    private void refresh() {
        long phaseMs = session.currentPhase().minutes() * 60_000L;
        long remaining = session.phaseRemainingMs();
        phaseName.set(session.currentPhase().name());
        phaseCount.set("Phase " + (session.phaseIndex() + 1) + " of " + session.plan().size());
        timerText.set(TimerFormat.format(remaining));
        timerState.set(TimerFormat.state(remaining, phaseMs));
        phaseProgress.set(Math.min(1.0, (double) session.phaseElapsedMs() / phaseMs));
        state.set(session.state());
        hasNextPhase.set(session.hasNextPhase() && session.state() != SessionState.FINISHED);
        hintsLeft.set(session.hintsLeft() > 0 && session.state() != SessionState.FINISHED);
    }

    private static String describe(FollowUpShown f) {
        return (f.trigger() == FollowUpShown.Trigger.CURVEBALL ? "Curveball: " : "") + f.text();
    }
}
