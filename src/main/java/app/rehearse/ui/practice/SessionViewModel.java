package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionEvent;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.SessionState;
import app.rehearse.storage.Autosaver;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Whiteboard;
import app.rehearse.whiteboard.WhiteboardCodec;
import app.rehearse.whiteboard.WhiteboardFiles;
import app.rehearse.ui.practice.TimerFormat.TimerState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
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
    private static final WhiteboardCodec CODEC = new WhiteboardCodec();

    private final PracticeSession session;
    private final SessionRepository repository;
    private final Autosaver<Save> autosaver;
    private final Whiteboard whiteboard;
    private final Autosaver<SavedBoard> boardSaver;
    private final java.util.concurrent.Executor io;

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
        Autosaver.Listener listener = new Autosaver.Listener() {
                    @Override
                    public void saved() {
                        fxThread.accept(() -> {
                            saveFailing.set(false);
                            saveStatus.set("All changes saved");
                        });
                    }

                    @Override
                    public void failed(IOException error, Duration retryIn) {
                        fxThread.accept(() -> {
                            saveFailing.set(true);
                            saveStatus.set("Could not save (" + error.getMessage() + "). Your work is kept in memory;"
                                    + " retrying in " + Math.max(1, retryIn.toSeconds()) + " s.");
                        });
                    }
                };
        this.autosaver = new Autosaver<>(io, save -> repository.save(save.snapshot(), save.notes()), listener,
                Autosaver.TYPING_DEBOUNCE, Autosaver.TYPING_MAX_DELAY);
        Path boardFile = repository.folder(session.id()).resolve(WhiteboardCodec.FILE_NAME);
        this.boardSaver = new Autosaver<>(io, saved -> CODEC.save(boardFile, saved), listener,
                Autosaver.TYPING_DEBOUNCE, Autosaver.TYPING_MAX_DELAY);
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

    /** Keeps the finished diagram as a picture beside the session (rendered on the FX thread, written here). */
    public void savePicture(byte[] png) {
        if (whiteboard.board().shapes().isEmpty()) {
            return;
        }
        Path target = folder().resolve(WhiteboardFiles.PICTURE);
        io.execute(() -> {
            try {
                app.rehearse.storage.AtomicFiles.write(target, png);
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(SessionViewModel.class.getName())
                        .warning("could not write " + target + ": " + e.getMessage());
            }
        });
    }

    /** Shows a problem in the save status line (a diagram that could not be read on resume). */
    public void reportProblem(String message) {
        saveFailing.set(true);
        saveStatus.set(message);
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

    /** Ends the session and writes its final state in the background. */
    public void finish() {
        session.finish(notes.get().length());
        refresh();
        autosave();
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            autosaver.flush(Duration.ofSeconds(10));
            boardSaver.flush(Duration.ofSeconds(10));
        });
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
