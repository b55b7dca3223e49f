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
    }
}
