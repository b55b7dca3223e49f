package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A session's whiteboard: the {@link Board}, its undo {@link History} and the stamped change log.
 * Every change — edit, undo or redo — goes through here, is applied as one checked step and logged
 * with the session time and phase at that moment. Use from one thread; hand {@link #snapshot()}
 * to the autosaver.
 */
public final class Whiteboard {
    private final Board board;
    private final History history = new History();
    private final List<LogEntry> log = new ArrayList<>();
    private final LongSupplier elapsedMillis;
    private final Supplier<String> phase;

    /**
     * @param elapsedMillis milliseconds since the session started (the session's clock, so tests need no sleeping)
     * @param phase         the id of the session's current phase ("" when there is none)
     */
    public Whiteboard(LongSupplier elapsedMillis, Supplier<String> phase) {
        this(new Board(), elapsedMillis, phase);
    }

    private Whiteboard(Board board, LongSupplier elapsedMillis, Supplier<String> phase) {
        this.board = board;
        this.elapsedMillis = Objects.requireNonNull(elapsedMillis, "elapsedMillis");
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    /**
     * Reopens a saved board; its log continues, its undo history starts empty. To open a file,
     * {@link WhiteboardCodec#loadWhiteboard} does the same with less work.
     */
    public static Whiteboard restore(SavedBoard saved, LongSupplier elapsedMillis, Supplier<String> phase) {
        Board board = new Board();
        board.apply(Delta.adding(saved.shapes()));
        return withLog(board, saved.log(), elapsedMillis, phase);
    }

    /** As {@link #restore}, over the shapes that replaying {@code saved}'s checked log produced. */
    static Whiteboard restoreVerified(SavedBoard saved, ShapeTable replayed, LongSupplier elapsedMillis,
            Supplier<String> phase) {
        return withLog(Board.adopting(replayed), saved.log(), elapsedMillis, phase);
    }

    private static Whiteboard withLog(Board board, List<LogEntry> log, LongSupplier elapsedMillis,
            Supplier<String> phase) {
        Whiteboard whiteboard = new Whiteboard(board, elapsedMillis, phase);
        whiteboard.log.addAll(log);
        for (LogEntry entry : log) {
            entry.delta().added().forEach(s -> board.reserveId(s.id()));
        }
        return whiteboard;
    }

    public Board board() {
        return board;
    }

    public History history() {
        return history;
    }

    /** Plans and applies {@code command}; returns what changed ({@link Delta#EMPTY} if nothing, leaving no undo step). */
    public Delta execute(Command command) {
        Delta delta = command.plan(board);
        if (delta.isEmpty()) {
            return delta;
        }
        board.check(delta);
        history.recordEdit(new History.Step(command.name(), delta));
        record(LogEntry.Origin.EDIT, command.name(), delta);
        board.apply(delta);
        return delta;
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Reverts the latest step; returns what changed, or empty when there was nothing to undo. */
    public Optional<Delta> undo() {
        Optional<History.Step> step = history.peekUndo();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Delta delta = step.get().delta().inverse();
        board.check(delta);
        history.recordUndo();
        record(LogEntry.Origin.UNDO, "Undo " + step.get().name(), delta);
        board.apply(delta);
        return Optional.of(delta);
    }

    /** Re-applies the latest undone step; returns what changed, or empty when there was nothing to redo. */
    public Optional<Delta> redo() {
        Optional<History.Step> step = history.peekRedo();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Delta delta = step.get().delta();
        board.check(delta);
        history.recordRedo();
        record(LogEntry.Origin.REDO, "Redo " + step.get().name(), delta);
        board.apply(delta);
        return Optional.of(delta);
    }

    /** Every change so far, oldest first (including those of earlier runs of a restored board). */
    public List<LogEntry> log() {
        return List.copyOf(log);
    }

    /** An immutable copy of the shapes and log, for saving off this thread. */
    public SavedBoard snapshot() {
        return new SavedBoard(board.shapes(), log);
    }

    private void record(LogEntry.Origin origin, String action, Delta delta) {
        // The session clock may be reset or paused oddly; the log stays in time order regardless.
        long now = Math.max(elapsedMillis.getAsLong(), log.isEmpty() ? 0 : log.get(log.size() - 1).elapsedMillis());
        String phaseId = Objects.requireNonNullElse(phase.get(), "");
        log.add(new LogEntry(Math.max(0, now), phaseId, origin, action, delta));
    }
}
