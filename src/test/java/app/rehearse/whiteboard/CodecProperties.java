package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodecProperties {
    private final WhiteboardCodec codec = new WhiteboardCodec();

    @Provide
    Arbitrary<List<Long>> edits() {
        return Arbitraries.longs().list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void encodingThenDecodingGivesBackExactlyTheSameBoardAndLog(@ForAll("edits") List<Long> seeds) throws Exception {
        long[] clock = {0};
        Whiteboard whiteboard = new Whiteboard(() -> clock[0], () -> "phase \"" + clock[0] % 3 + "\" ünïcode");
        for (long seed : seeds) {
            Random r = new Random(seed);
            clock[0] += r.nextInt(5000);
            whiteboard.execute(RandomEdits.next(whiteboard.board(), r));
            if (r.nextInt(6) == 0) {
                whiteboard.undo();
            }
        }
        SavedBoard saved = whiteboard.snapshot();

        SavedBoard loaded = codec.decode(codec.encode(saved));

        assertThat(loaded).isEqualTo(saved);
        Whiteboard reopened = Whiteboard.restore(loaded, () -> clock[0], () -> "");
        assertThat(reopened.board().shapesById()).isEqualTo(whiteboard.board().shapesById());
        assertThat(codec.encode(reopened.snapshot())).isEqualTo(codec.encode(saved));

        Whiteboard opened = codec.decodeWhiteboard(codec.encode(saved), () -> clock[0], () -> "");
        assertThat(opened.snapshot()).isEqualTo(saved);
        Rect everywhere = new Rect(-1e5, -1e5, 2e5, 2e5);
        assertThat(opened.board().query(everywhere)).isEqualTo(whiteboard.board().query(everywhere));
        Random probes = new Random(seeds.size());
        for (int i = 0; i < 20; i++) {
            Point p = new Point(RandomEdits.coordinate(probes), RandomEdits.coordinate(probes));
            assertThat(opened.board().hitTest(p, 6)).isEqualTo(whiteboard.board().hitTest(p, 6));
        }
        ShapeId fresh = opened.board().newId();
        assertThat(saved.log()).allSatisfy(entry -> assertThat(entry.delta().ids()).doesNotContain(fresh));
    }
}
