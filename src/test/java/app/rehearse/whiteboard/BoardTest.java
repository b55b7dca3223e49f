package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoardTest {
    private final Board board = new Board();

    private Shape rect(String id, long z, double x, double y) {
        return Shape.rectangle(new ShapeId(id), new Rect(x, y, 100, 50), Style.DEFAULT).withZ(z);
    }

    @Test
    void shapesAreListedBottomToTopWhateverOrderTheyArrive() {
        board.apply(Delta.adding(List.of(rect("a", 5, 0, 0), rect("b", 1, 0, 0), rect("c", 3, 0, 0))));

        assertThat(board.shapes()).extracting(s -> s.id().value()).containsExactly("b", "c", "a");
        assertThat(board.zAboveAll()).isEqualTo(6);
        assertThat(board.zBelowAll()).isZero();
    }

    @Test
    void aChangeExpectingAnotherStateIsRefusedAndChangesNothing() {
        Shape a = rect("a", 1, 0, 0);
        board.apply(Delta.adding(List.of(a)));
        Shape stale = a.withLabel("not what is on the board");
        Delta bad = new Delta(List.of(rect("b", 2, 0, 0)), List.of(), List.of(new Delta.Update(stale,
                stale.withLabel("x"))));

        assertThatThrownBy(() -> board.apply(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("differs");
        assertThat(board.shapes()).containsExactly(a);
        assertThat(board.hitTest(new Point(10, 10), 0)).contains(a);
    }

    @Test
    void twoShapesCannotShareAZValue() {
        board.apply(Delta.adding(List.of(rect("a", 1, 0, 0))));

        assertThatThrownBy(() -> board.apply(Delta.adding(List.of(rect("b", 1, 0, 0)))))
                .hasMessageContaining("share z 1");
        assertThatThrownBy(() -> board.apply(Delta.adding(List.of(rect("a", 2, 0, 0)))))
                .hasMessageContaining("already on the board");
    }

    @Test
    void arrowsMustHangOnShapesThatExistAndAreNotArrows() {
        Shape a = rect("a", 1, 0, 0);
        board.apply(Delta.adding(List.of(a)));
        Shape toMissing = Shape.arrow(new ShapeId("x"), new Point(0, 0), Optional.of(Attachment.centreOf(
                new ShapeId("ghost"))), new Point(5, 5), Optional.empty(), Style.DEFAULT).withZ(2);
        Shape arrow = Shape.arrow(new ShapeId("y"), new Point(0, 0), Optional.of(Attachment.centreOf(a.id())),
                new Point(500, 5), Optional.empty(), Style.DEFAULT).withZ(3);
        Shape toArrow = Shape.arrow(new ShapeId("z"), new Point(0, 0), Optional.of(Attachment.centreOf(arrow.id())),
                new Point(5, 5), Optional.empty(), Style.DEFAULT).withZ(4);

        assertThatThrownBy(() -> board.apply(Delta.adding(List.of(toMissing)))).hasMessageContaining("missing shape ghost");
        board.apply(Delta.adding(List.of(arrow)));
        assertThatThrownBy(() -> board.apply(Delta.adding(List.of(toArrow)))).hasMessageContaining("cannot attach to arrow");
        assertThatThrownBy(() -> board.apply(new Delta(List.of(), List.of(a), List.of())))
                .hasMessageContaining("would stay attached to removed shape a");
    }

    @Test
    void theTopmostShapeUnderThePointerIsHit() {
        Shape low = rect("low", 1, 0, 0);
        Shape high = rect("high", 2, 50, 25);
        board.apply(Delta.adding(List.of(low, high)));

        assertThat(board.hitTest(new Point(75, 40), 0)).contains(high);
        assertThat(board.hitTest(new Point(10, 10), 0)).contains(low);
        assertThat(board.hitTest(new Point(-3, 10), 2)).isEmpty();
        assertThat(board.hitTest(new Point(-3, 10), 4)).contains(low);
        assertThat(board.hitTest(new Point(75, 40), 0, s -> s.z() < 2)).contains(low);
    }

    @Test
    void eachKindIsHitByItsOwnOutline() {
        Shape ellipse = Shape.ellipse(new ShapeId("e"), new Rect(0, 0, 100, 100), Style.DEFAULT).withZ(1);
        Shape pen = Shape.pen(new ShapeId("p"), List.of(new Point(200, 0), new Point(300, 100)), Style.DEFAULT)
                .withZ(2);
        Shape arrow = Shape.arrow(new ShapeId("a"), new Point(400, 0), new Point(500, 0), Style.DEFAULT).withZ(3);
        Shape text = Shape.text(new ShapeId("t"), new Rect(600, 0, 80, 20), "hello", Style.DEFAULT).withZ(4);
        board.apply(Delta.adding(List.of(ellipse, pen, arrow, text)));

        assertThat(board.hitTest(new Point(50, 50), 0)).contains(ellipse);
        assertThat(board.hitTest(new Point(5, 5), 0)).as("corner of the ellipse's box").isEmpty();
        assertThat(board.hitTest(new Point(250, 50), 0)).contains(pen);
        assertThat(board.hitTest(new Point(290, 10), 3)).as("inside the stroke's box, far from the line").isEmpty();
        assertThat(board.hitTest(new Point(450, 3), 2)).contains(arrow);
        assertThat(board.hitTest(new Point(450, 6), 2)).isEmpty();
        assertThat(board.hitTest(new Point(640, 10), 0)).contains(text);
    }

    @Test
    void aViewportListsWhatItTouchesAndARubberBandWhatItEncloses() {
        Shape a = rect("a", 1, 0, 0);
        Shape b = rect("b", 2, 90, 0);
        Shape far = rect("far", 3, 5000, 5000);
        board.apply(Delta.adding(List.of(a, b, far)));

        assertThat(board.query(new Rect(0, 0, 120, 60))).containsExactly(a, b);
        assertThat(board.within(new Rect(-1, -1, 120, 60))).containsExactly(a);
        assertThat(board.contentBounds()).contains(new Rect(0, 0, 5100, 5050));
        assertThat(new Board().contentBounds()).isEmpty();
    }

    @Test
    void listenersHearEveryAppliedChangeOnce() {
        List<Delta> heard = new ArrayList<>();
        BoardListener listener = heard::add;
        board.addListener(listener);
        Delta add = Delta.adding(List.of(rect("a", 1, 0, 0)));

        board.apply(add);
        board.apply(Delta.EMPTY);
        board.removeListener(listener);
        board.apply(add.inverse());

        assertThat(heard).containsExactly(add);
    }

    @Test
    void freshIdsAreNeverOnesTheBoardHasSeen() {
        board.apply(Delta.adding(List.of(rect("s7", 1, 0, 0))));
        board.reserveId(new ShapeId("s12"));

        assertThat(board.newId()).isEqualTo(new ShapeId("s13"));
        assertThat(board.newId()).isEqualTo(new ShapeId("s14"));
    }

    @Test
    void aLongDiagonalArrowIsFoundAlongItsLineButNotInTheEmptyCornersOfItsBox() {
        Shape arrow = Shape.arrow(new ShapeId("long"), new Point(0, 0), new Point(10_000, 10_000), Style.DEFAULT)
                .withZ(1);
        board.apply(Delta.adding(List.of(arrow)));

        assertThat(board.hitTest(new Point(5_000, 5_001), 2)).contains(arrow);
        assertThat(board.query(new Rect(4_000, 4_000, 100, 100))).containsExactly(arrow);
        assertThat(board.query(new Rect(8_000, 500, 1920, 1080))).as("inside its box, far from its line").isEmpty();
        assertThat(board.extent(arrow.id())).contains(new Rect(0, 0, 10_000, 10_000));
    }

    @Test
    void aShapeTooBigForTheGridIsStillFoundAndForgotten() {
        Shape huge = Shape.rectangle(new ShapeId("region"), new Rect(-1e6, -1e6, 2e6, 2e6), Style.DEFAULT).withZ(1);
        board.apply(Delta.adding(List.of(huge)));

        assertThat(board.hitTest(new Point(123, 456), 0)).contains(huge);
        assertThat(board.query(new Rect(0, 0, 10, 10))).containsExactly(huge);

        board.apply(Delta.adding(List.of(huge)).inverse());
        assertThat(board.query(new Rect(0, 0, 10, 10))).isEmpty();
    }
}
