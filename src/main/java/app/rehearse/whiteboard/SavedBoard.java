package app.rehearse.whiteboard;

import java.util.List;

/**
 * An immutable snapshot of a whiteboard: its shapes bottom to top and its change log. Take it on the
 * thread that owns the board (cheap), then encode and write it anywhere.
 */
public record SavedBoard(List<Shape> shapes, List<LogEntry> log) {
    public static final SavedBoard EMPTY = new SavedBoard(List.of(), List.of());

    public SavedBoard {
        shapes = List.copyOf(shapes);
        log = List.copyOf(log);
    }
}
