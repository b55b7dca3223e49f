package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EditHistoryProperties {

    @Provide
    Arbitrary<List<Long>> edits() {
        return Arbitraries.longs().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Long> start() {
        return Arbitraries.longs();
    }

    /** A whiteboard reopened from a board made by random edits, so the initial board is not always empty. */
    private static Whiteboard startingBoard(long seed, long[] clock) {
        Whiteboard seeding = new Whiteboard(() -> 0, () -> "");
        Random r = new Random(seed);
        int n = r.nextInt(15);
        for (int i = 0; i < n; i++) {
            seeding.execute(RandomEdits.next(seeding.board(), r));
        }
        return Whiteboard.restore(seeding.snapshot(), () -> clock[0], () -> "phase-" + clock[0] / 1000);
    }

    private static int applyEdits(Whiteboard whiteboard, List<Long> seeds, long[] clock) {
        for (long seed : seeds) {
            Random r = new Random(seed);
            clock[0] += r.nextInt(3) * 700L;
            whiteboard.execute(RandomEdits.next(whiteboard.board(), r));
        }
        return seeds.size();
    }

    @Property(tries = 300)
    void anySequenceOfEditsFollowedByAsManyUndosRestoresTheInitialBoard(@ForAll("start") long start,
            @ForAll("edits") List<Long> seeds) {
        long[] clock = {0};
        Whiteboard whiteboard = startingBoard(start, clock);
        Map<ShapeId, Shape> initial = whiteboard.board().shapesById();

        int edits = applyEdits(whiteboard, seeds, clock);
        for (int i = 0; i < edits; i++) {
            whiteboard.undo();
        }

        assertThat(whiteboard.board().shapesById()).isEqualTo(initial);
        assertThat(whiteboard.canUndo()).isFalse();
    }

    @Property(tries = 300)
    void redoingEverythingUndoneReturnsTheEditedBoard(@ForAll("start") long start, @ForAll("edits") List<Long> seeds,
            @ForAll("start") long undoSeed) {
        long[] clock = {0};
        Whiteboard whiteboard = startingBoard(start, clock);
        applyEdits(whiteboard, seeds, clock);
        Map<ShapeId, Shape> edited = whiteboard.board().shapesById();
        int undos = whiteboard.history().undoDepth() == 0 ? 0
                : new Random(undoSeed).nextInt(whiteboard.history().undoDepth() + 1);

        for (int i = 0; i < undos; i++) {
            whiteboard.undo();
        }
        for (int i = 0; i < undos; i++) {
            whiteboard.redo();
        }

        assertThat(whiteboard.board().shapesById()).isEqualTo(edited);
        assertThat(whiteboard.canRedo()).isFalse();
    }

    @Property(tries = 200)
    void replayingTheLogRebuildsTheBoardAsItWasAfterEveryChange(@ForAll("edits") List<Long> seeds) {
        long[] clock = {0};
        Whiteboard whiteboard = new Whiteboard(() -> clock[0], () -> "design");
        List<Map<ShapeId, Shape>> after = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (long seed : seeds) {
            Random r = new Random(seed);
            clock[0] += 1 + r.nextInt(2000);
            whiteboard.execute(RandomEdits.next(whiteboard.board(), r));
            if (r.nextInt(4) == 0) {
                clock[0] += 1;
                whiteboard.undo();
            }
            after.add(whiteboard.board().shapesById());
            times.add(clock[0]);
        }
        List<LogEntry> log = whiteboard.log();

        assertThat(Replay.boardAt(log, clock[0]).shapesById()).isEqualTo(whiteboard.board().shapesById());
        for (int i = 0; i < times.size(); i++) {
            assertThat(Replay.boardAt(log, times.get(i)).shapesById()).isEqualTo(after.get(i));
        }
        ReplayCursor cursor = new ReplayCursor(log);
        for (int i = times.size() - 1; i >= 0; i--) {
            cursor.seekToMillis(times.get(i));
            assertThat(cursor.board().shapesById()).isEqualTo(after.get(i));
        }
    }
}
