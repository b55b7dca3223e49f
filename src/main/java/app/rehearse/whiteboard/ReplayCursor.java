package app.rehearse.whiteboard;

import java.util.List;

/**
 * Steps a board back and forth through a change log, for a review slider: the board is changed in
 * place (so a view listening to it repaints) by applying entries forward or their inverses backward.
 */
public final class ReplayCursor {
    private final List<LogEntry> log;
    private final Board board = new Board();
    private int position;

    public ReplayCursor(List<LogEntry> log) {
        this.log = List.copyOf(log);
    }

    /** The board as of the current position; starts empty. */
    public Board board() {
        return board;
    }

    /** How many entries are applied. */
    public int position() {
        return position;
    }

    public int length() {
        return log.size();
    }

    public long endMillis() {
        return Replay.endMillis(log);
    }

    /** Applies or reverts entries until exactly {@code entries} of them are applied. */
    public void seekToEntry(int entries) {
        if (entries < 0 || entries > log.size()) {
            throw new IndexOutOfBoundsException("position " + entries + " outside 0.." + log.size());
        }
        while (position < entries) {
            board.apply(log.get(position++).delta());
        }
        while (position > entries) {
            board.apply(log.get(--position).delta().inverse());
        }
    }

    /** Shows the board as it was at {@code elapsedMillis} into the session. */
    public void seekToMillis(long elapsedMillis) {
        int count = 0;
        while (count < log.size() && log.get(count).elapsedMillis() <= elapsedMillis) {
            count++;
        }
        seekToEntry(count);
    }
}
