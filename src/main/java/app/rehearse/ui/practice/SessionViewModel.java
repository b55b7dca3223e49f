package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.LiveSession;
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionEvent;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.SessionState;
import app.rehearse.ui.practice.TimerFormat.TimerState;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.Whiteboard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * A running session as the view sees it: phase, countdown, hints, follow-ups, notes and the save
 * status, as properties over a {@link LiveSession}, which does the timing and the saving. Save
 * outcomes arrive on the writer thread and are brought to the FX thread through {@code fxThread}.
 */
public final class SessionViewModel {
    private final LiveSession live;
    private final PracticeSession session;

    // Properties
    private final ReadOnlyStringWrapper phaseName = new ReadOnlyStringWrapper(this, "phaseName", "");
    private final ReadOnlyStringWrapper phaseCount = new ReadOnlyStringWrapper(this, "phaseCount", "");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper(this, "timerText", "");
    private final ReadOnlyStringWrapper announcement = new ReadOnlyStringWrapper(this, "announcement", "");
    private int announcedPhase = -1;
    private final ReadOnlyObjectWrapper<TimerState> timerState = new ReadOnlyObjectWrapper<>(this, "timerState",
            TimerState.NORMAL);
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper(this, "phaseProgress", 0);
    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper hasNextPhase = new ReadOnlyBooleanWrapper(this, "hasNextPhase");
    private final ReadOnlyBooleanWrapper hintsLeft = new ReadOnlyBooleanWrapper(this, "hintsLeft");
    private final ReadOnlyBooleanWrapper rescueHintLeft = new ReadOnlyBooleanWrapper(this, "rescueHintLeft");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyBooleanWrapper saveFailing = new ReadOnlyBooleanWrapper(this, "saveFailing");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<String> followUps = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper latestCue = new ReadOnlyStringWrapper(this, "latestCue", "");

    private SessionViewModel(Function<Consumer<LiveSession.SaveState>, LiveSession> open) {
        this.live = open.apply(this::showSaveState);
        this.session = live.session();
        notes.set(live.notes());
        notes.addListener((obs, old, text) -> live.notesChanged(text));
        for (var h : session.hintsUsed()) {
            hints.add(h.text());
        }
        for (FollowUpShown f : session.followUpsShown()) {
            followUps.add(describe(f));
        }
        apply(live.startEvents());
    }

    /** Starts a new session on a question: names its folder, starts the clock, saves the first state. */
    public static SessionViewModel start(Question question, PlanSettings settings, SessionRepository repository,
            Clock clock, ScheduledExecutorService io, Consumer<Runnable> fxThread) {
        return new SessionViewModel(onSave -> LiveSession.start(question, settings, repository, clock, io, fxThread,
                onSave));
    }

    /** Continues a saved session with its diagram; it comes back paused where it was saved. */
    public static SessionViewModel resume(SessionSnapshot snapshot, String notes, Optional<SavedBoard> board,
            SessionRepository repository, Clock clock, ScheduledExecutorService io, Consumer<Runnable> fxThread) {
        return new SessionViewModel(onSave -> LiveSession.resume(snapshot, notes, board, repository, clock, io, fxThread,
                onSave));
    }

    /** The session's diagram, live. */
    public Whiteboard whiteboard() {
        return live.whiteboard();
    }

    /** The diagram changed: saved in the background like the notes. */
    public void whiteboardChanged() {
        live.whiteboardChanged();
    }

    /** Keeps the finished diagram as a picture beside the session, encoded and written in the background. */
    public void savePicture(Callable<byte[]> encodePng) {
        live.savePicture(encodePng);
    }

    /** Shows a problem in the save status line (a diagram that could not be read on resume) until it is fixed by hand. */
    public void reportProblem(String message) {
        live.reportProblem(message);
    }

    private void showSaveState(LiveSession.SaveState save) {
        saveFailing.set(save.failing());
        saveStatus.set(save.message());
    }

    // Properties

    public ReadOnlyStringProperty phaseNameProperty() {
        return phaseName.getReadOnlyProperty();
    }

    /**
     * What the timer tells a screen reader: the phase and the time it has, changed only at a phase change so that
     * the countdown does not talk every second.
     */
    public ReadOnlyStringProperty announcementProperty() {
        return announcement.getReadOnlyProperty();
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

    /** The newest hint or follow-up, in words, to keep in view under the header; empty until there is one. */
    public ReadOnlyStringProperty latestCueProperty() {
        return latestCue.getReadOnlyProperty();
    }

    public Question question() {
        return session.question();
    }

    public Path folder() {
        return live.folder();
    }

    public int phasesRemaining() {
        return session.phasesRemaining();
    }

    public SessionSnapshot snapshot() {
        return session.snapshot();
    }

    /** True while the notes, the record or the diagram have changes that have not reached the disk. */
    public boolean hasUnsavedChanges() {
        return live.hasUnsavedChanges();
    }

    // Commands

    /** Called by the view's timer a few times a second. Returns cues to show. */
    public List<SessionEvent> tick() {
        List<SessionEvent> events = live.tick();
        apply(events);
        return events;
    }

    public void togglePause() {
        live.togglePause();
        refresh();
    }

    public List<SessionEvent> nextPhase() {
        List<SessionEvent> events = live.nextPhase();
        apply(events);
        return events;
    }

    /** Adds a line at the end of the notes, on a line of its own (a worked estimate, for one). */
    public void appendToNotes(String line) {
        String text = notes.get();
        notes.set(text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + line + "\n");
    }

    public void revealHint() {
        live.revealHint().ifPresent(h -> {
            hints.add(h.text());
            latestCue.set("Hint " + hints.size() + " of " + session.question().hints().size() + ": " + h.text());
        });
        refresh();
    }

    /** Reveals the rescue hint (once every other hint is used); it names the technique and costs more. */
    public void revealRescueHint() {
        live.revealRescueHint().ifPresent(h -> {
            hints.add(h.text());
            latestCue.set(h.text());
        });
        refresh();
    }

    public ReadOnlyBooleanProperty rescueHintLeftProperty() {
        return rescueHintLeft.getReadOnlyProperty();
    }

    /** Ends the session and writes its final state at once in the background; a failure shows in the save status. */
    public void finish() {
        live.finish();
        refresh();
    }

    /** Saves everything now in the background, then tells {@code done}, on the FX thread, whether it all reached the disk. */
    public void saveNowThen(Consumer<Boolean> done) {
        live.saveNowThen(done);
    }

    /**
     * Captures the session as it is now (call on the FX thread) and returns the work that writes a
     * copy of it into {@code target}, for when the session's own folder cannot be written.
     */
    public Callable<Path> copyTo(Path target) {
        return live.copyTo(target);
    }

    /** Saves synchronously, for closing the app; returns whether everything reached the disk. */
    public boolean saveBeforeExit() {
        return live.saveBeforeExit();
    }

    private void apply(List<SessionEvent> events) {
        for (SessionEvent event : events) {
            if (event instanceof SessionEvent.FollowUpAsked asked) {
                followUps.add(describe(asked.followUp()));
                latestCue.set("The interviewer asks: " + describe(asked.followUp()));
            }
        }
        refresh();
    }

    private void refresh() {
        long phaseMs = session.currentPhase().minutes() * 60_000L;
        long remaining = session.phaseRemainingMs();
        phaseName.set(session.currentPhase().name());
        phaseCount.set("Phase " + (session.phaseIndex() + 1) + " of " + session.plan().size());
        timerText.set(TimerFormat.format(remaining));
        if (session.phaseIndex() != announcedPhase) {
            announcedPhase = session.phaseIndex();
            announcement.set(session.currentPhase().name() + ", phase " + (announcedPhase + 1) + " of "
                    + session.plan().size() + ", " + TimerFormat.spoken(remaining) + (remaining < 0 ? "" : " left"));
        }
        timerState.set(TimerFormat.state(remaining, phaseMs));
        phaseProgress.set(Math.min(1.0, (double) session.phaseElapsedMs() / phaseMs));
        state.set(session.state());
        hasNextPhase.set(session.hasNextPhase() && session.state() != SessionState.FINISHED);
        hintsLeft.set(session.hintsLeft() > 0 && session.state() != SessionState.FINISHED);
        rescueHintLeft.set(session.rescueHintLeft() && session.state() != SessionState.FINISHED);
    }

    private static String describe(FollowUpShown f) {
        return (f.trigger() == FollowUpShown.Trigger.CURVEBALL ? "Curveball: " : "") + f.text();
    }
}
