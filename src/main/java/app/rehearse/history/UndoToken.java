package app.rehearse.history;

import java.nio.file.Path;
import java.util.List;

/** What one delete moved to the trash, so {@link Trash#undo} can put it back. */
public record UndoToken(List<Move> moves) {
    /** One session folder: its id and where it went in the trash. */
    public record Move(String id, Path trashed) {}

    public UndoToken {
        moves = List.copyOf(moves);
    }

    public List<String> ids() {
        return moves.stream().map(Move::id).toList();
    }
}
