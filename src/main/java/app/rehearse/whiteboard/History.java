package app.rehearse.whiteboard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Unlimited undo and redo stacks of applied changes for one session. A new edit clears redo. */
public final class History {
    /** One undoable step: what it was called and exactly what it changed. */
    public record Step(String name, Delta delta) {}

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the step undo would revert, for "Undo Move". */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    public int undoDepth() {
        return undo.size();
    }

    public int redoDepth() {
        return redo.size();
    }

    void recordEdit(Step step) {
        undo.push(step);
        redo.clear();
    }

    Optional<Step> peekUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<Step> peekRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void recordUndo() {
        redo.push(undo.pop());
    }

    void recordRedo() {
        undo.push(redo.pop());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
