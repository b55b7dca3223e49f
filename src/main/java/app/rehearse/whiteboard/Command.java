package app.rehearse.whiteboard;

/**
 * An edit the user asked for. It looks at the board and plans the exact {@link Delta} to apply;
 * because the delta holds full before and after states, every command is exactly undoable.
 * Planning must not change the board (it may draw fresh ids from {@link Board#newId()}).
 * Build commands with {@link Commands}.
 */
public interface Command {
    /** What the edit is called in the undo menu and the change log ("Move", "Add rectangle"). */
    String name();

    /** The change this command makes to {@code board} as it is now; {@link Delta#EMPTY} when nothing would change. */
    Delta plan(Board board);
}
