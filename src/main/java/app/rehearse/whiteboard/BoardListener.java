package app.rehearse.whiteboard;

/**
 * Told after every change to a {@link Board}. On a {@link Whiteboard}'s board the history and the
 * log are already up to date when this runs, so {@code canUndo()} and friends answer for the new state.
 */
@FunctionalInterface
public interface BoardListener {
    void boardChanged(Delta delta);
}
