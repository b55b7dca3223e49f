package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
    private final FakeSession session = new FakeSession();

    private List<LogEntry> growADiagram() {
        session.millis = 10_000;
        Shape client = session.add(Shape.stencil(session.board().newId(), Stencil.CLIENT, new Point(0, 0)));
        session.millis = 20_000;
        Shape api = session.add(Shape.stencil(session.board().newId(), Stencil.API_GATEWAY, new Point(300, 0)));
        session.millis = 30_000;
        session.arrowBetween(client, api);
        session.millis = 40_000;
        session.whiteboard.undo();
        return session.whiteboard.log();
    }

    @Test
    void theBoardAtATimeHoldsExactlyTheChangesMadeByThen() {
        List<LogEntry> log = growADiagram();

        assertThat(Replay.boardAt(log, 9_999).isEmpty()).isTrue();
        assertThat(Replay.boardAt(log, 10_000).shapes()).extracting(Shape::label).containsExactly("Client");
        assertThat(Replay.boardAt(log, 35_000).size()).isEqualTo(3);
        assertThat(Replay.boardAt(log, Replay.endMillis(log)).shapesById())
                .isEqualTo(session.board().shapesById());
        assertThat(Replay.boardAfter(log, 2).size()).isEqualTo(2);
    }

    @Test
    void aCursorStepsTheSameBoardBackAndForthForAReviewSlider() {
        List<LogEntry> log = growADiagram();
        ReplayCursor cursor = new ReplayCursor(log);
        List<Integer> sizes = new ArrayList<>();
        cursor.board().addListener(d -> sizes.add(cursor.board().size()));

        cursor.seekToMillis(cursor.endMillis());
        cursor.seekToMillis(15_000);
        cursor.seekToEntry(3);

        // forward through add, add, connect, undo-connect; back to the first add; forward to the connector
        assertThat(sizes).containsExactly(1, 2, 3, 2, 3, 2, 1, 2, 3);
        assertThat(cursor.position()).isEqualTo(3);
        assertThat(cursor.length()).isEqualTo(4);
        assertThatThrownBy(() -> cursor.seekToEntry(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
