package app.rehearse.practice;

import app.rehearse.bank.Question;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Autosaver;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A session being practised, with everything that keeps it on disk: the timed session, its notes,
 * its whiteboard, one autosaver for the record and notes and one for the diagram, and the finished
 * picture. Plain Java: the view model adapts it to properties. Commands are called from one thread
 * (the UI's); save outcomes arrive through {@code deliver}, which hands them to that thread.
 */
public final class LiveSession {
    private static final Logger LOG = Logger.getLogger(LiveSession.class.getName());
    private static final WhiteboardCodec CODEC = new WhiteboardCodec();
    private static final long TIMER_SAVE_EVERY_MS = 5_000;

    /** What the save status line says: all saved, or the most important problem. */
    public record SaveState(boolean failing, String message) {
        static final SaveState SAVED = new SaveState(false, "All changes saved");
    }

    /** What one autosave writes: the session record and the notes, captured together. */
    private record Save(SessionSnapshot snapshot, String notes) {}

    private final PracticeSession session;
    private final SessionRepository repository;
    private final Whiteboard whiteboard;
    private final Autosaver<Save> recordSaver;
    private final Autosaver<SavedBoard> boardSaver;
    private final ScheduledExecutorService io;
    private final Consumer<Runnable> deliver;
    private final Consumer<SaveState> onSaveState;
    private String notes;
    private long lastTimerSaveMs;
    private List<SessionEvent> startEvents = List.of();
    // What each writer last reported (null when it succeeded); read and written on the commands' thread.
    private String notesProblem;
    private String boardProblem;
    private String pictureProblem;
    private String otherProblem;

    private LiveSession(PracticeSession session, String notes, Optional<SavedBoard> board, SessionRepository repository,
            ScheduledExecutorService io, Consumer<Runnable> deliver, Consumer<SaveState> onSaveState) {
        this.session = session;
        this.notes = notes;
        this.repository = repository;
        this.io = io;
        this.deliver = deliver;
        this.onSaveState = onSaveState;
        this.whiteboard = board.map(saved -> Whiteboard.restore(saved, session::elapsedMs, this::phaseId))
                .orElseGet(() -> new Whiteboard(session::elapsedMs, this::phaseId));
        this.recordSaver = new Autosaver<>(io, save -> repository.save(save.snapshot(), save.notes()),
                listener(problem -> notesProblem = problem, "notes"), Autosaver.TYPING_DEBOUNCE,
                Autosaver.TYPING_MAX_DELAY);
        Path boardFile = repository.folder(session.id()).resolve(WhiteboardCodec.FILE_NAME);
        this.boardSaver = new Autosaver<>(io, saved -> CODEC.save(boardFile, saved),
                listener(problem -> boardProblem = problem, "diagram"), Autosaver.TYPING_DEBOUNCE,
                Autosaver.TYPING_MAX_DELAY);
    }

    /** Starts a new session on a question: names its folder, starts the clock, saves the first state at once. */
    public static LiveSession start(Question question, PlanSettings settings, SessionRepository repository, Clock clock,
            ScheduledExecutorService io, Consumer<Runnable> deliver, Consumer<SaveState> onSaveState) {
        String id = repository.newId(question.id(), clock.instant());
        PracticeSession session = PracticeSession.create(id, question, settings.planFor(question), clock, new Random(),
                settings.autoAdvance());
        LiveSession live = new LiveSession(session, "", Optional.empty(), repository, io, deliver, onSaveState);
        live.startEvents = session.start();
        live.recordSaver.submitNow(new Save(session.snapshot(), ""));
        return live;
    }

    /** Continues a saved session with its notes and diagram; it comes back paused where it was saved. */
    public static LiveSession resume(SessionSnapshot snapshot, String notes, Optional<SavedBoard> board,
            SessionRepository repository, Clock clock, ScheduledExecutorService io, Consumer<Runnable> deliver,
            Consumer<SaveState> onSaveState) {
        return new LiveSession(PracticeSession.restore(snapshot, clock), notes, board, repository, io, deliver,
                onSaveState);
    }

    /** What starting the session caused (the first phase's follow-ups); empty for a resumed one. */
    public List<SessionEvent> startEvents() {
        return startEvents;
    }

    // Queries

    public PracticeSession session() {
        return session;
    }

    public Whiteboard whiteboard() {
        return whiteboard;
    }

    public String notes() {
        return notes;
    }

    public Path folder() {
        return repository.folder(session.id());
    }

    /** True while the notes, the record or the diagram have changes that have not reached the disk. */
    public boolean hasUnsavedChanges() {
        return recordSaver.hasUnsaved() || boardSaver.hasUnsaved();
    }

    // Commands

    public void notesChanged(String text) {
        notes = text;
        autosave();
    }

    /** The diagram changed: saved in the background like the notes. */
    public void whiteboardChanged() {
        boardSaver.submit(whiteboard.snapshot());
    }

    /** The clock moved on: returns the cues it caused; saves now and then, and whenever something happened. */
    public List<SessionEvent> tick() {
        List<SessionEvent> events = session.tick(notes.length());
        if (!events.isEmpty() || session.elapsedMs() - lastTimerSaveMs >= TIMER_SAVE_EVERY_MS) {
            autosave();
        }
        return events;
    }

    public void togglePause() {
        if (session.state() == SessionState.RUNNING || session.state() == SessionState.PAUSED) {
            session.togglePause();
            autosave();
        }
    }

    public List<SessionEvent> nextPhase() {
        List<SessionEvent> events = session.nextPhase(notes.length());
        autosave();
        return events;
    }

    public Optional<HintUse> revealHint() {
        Optional<HintUse> hint = session.revealHint();
        autosave();
        return hint;
    }

    public Optional<HintUse> revealRescueHint() {
        Optional<HintUse> hint = session.revealRescueHint();
        autosave();
        return hint;
    }

    /**
     * Ends the session and writes its final state at once in the background; nothing waits. A save
     * that fails is retried like any autosave and reported through the save state.
     */
    public void finish() {
        session.finish();
        saveNow();
    }

    /**
     * Keeps the finished diagram as a picture beside the session, encoded and written on the I/O
     * thread. A failure shows in the save state.
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
            deliver.accept(() -> {
                pictureProblem = outcome;
                publish();
            });
        });
    }

    /** A problem to show in the save status until it is fixed by hand (a diagram that could not be read on resume). */
    public void reportProblem(String message) {
        otherProblem = message;
        publish();
    }

    /**
     * Saves everything now in the background, then tells {@code done} (through {@code deliver}) whether it
     * all reached the disk. Nothing waits: the check runs on the I/O thread after both saves.
     */
    public void saveNowThen(Consumer<Boolean> done) {
        if (session.state() != SessionState.FINISHED) {
            saveNow();
        } else {
            recordSaver.retryNow();
            boardSaver.retryNow();
        }
        io.execute(() -> {
            boolean saved = !hasUnsavedChanges();
            deliver.accept(() -> done.accept(saved));
        });
    }

    /**
     * Captures the session as it is now and returns the work that writes a copy of it (notes, diagram,
     * session record) into {@code target}, for when the session's own folder cannot be written.
     */
    public Callable<Path> copyTo(Path target) {
        String text = notes;
        SavedBoard board = whiteboard.snapshot();
        SessionSnapshot snapshot = session.snapshot();
        return () -> {
            AtomicFiles.write(target.resolve(SessionRepository.NOTES_FILE), text);
            CODEC.save(target.resolve(WhiteboardCodec.FILE_NAME), board);
            AtomicFiles.write(target.resolve(SessionRepository.SESSION_FILE),
                    SessionCodec.toBytes(SessionCodec.write(snapshot)));
            return target;
        };
    }

    /** Saves and waits (on the closing app's last step); returns whether everything reached the disk. */
    public boolean saveBeforeExit() {
        autosave();
        boolean notesSaved = recordSaver.flush(Duration.ofSeconds(5));
        return boardSaver.flush(Duration.ofSeconds(5)) && notesSaved;
    }

    private void saveNow() {
        lastTimerSaveMs = session.elapsedMs();
        recordSaver.submitNow(new Save(session.snapshot(), notes));
        boardSaver.submitNow(whiteboard.snapshot());
    }

    private void autosave() {
        lastTimerSaveMs = session.elapsedMs();
        recordSaver.submit(new Save(session.snapshot(), notes));
    }

    private String phaseId() {
        return session.currentPhase().id();
    }

    private Autosaver.Listener listener(Consumer<String> record, String what) {
        return new Autosaver.Listener() {
            @Override
            public void saved() {
                deliver.accept(() -> {
                    record.accept(null);
                    publish();
                });
            }

            @Override
            public void failed(IOException error, Duration retryIn) {
                String message = "Could not save the " + what + " (" + error.getMessage() + "). Your work is kept in"
                        + " memory; retrying in " + Math.max(1, retryIn.toSeconds()) + " s.";
                deliver.accept(() -> {
                    record.accept(message);
                    publish();
                });
            }
        };
    }

    /** One line for both writers, the picture and any other problem: a failure wins over "All changes saved". */
    private void publish() {
        String problem = notesProblem != null ? notesProblem : boardProblem != null ? boardProblem
                : pictureProblem != null ? pictureProblem : otherProblem;
        onSaveState.accept(problem == null ? SaveState.SAVED : new SaveState(true, problem));
    }
}
