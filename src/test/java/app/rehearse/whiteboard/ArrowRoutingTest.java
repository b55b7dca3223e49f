package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArrowRoutingTest {
    private final FakeSession session = new FakeSession();
    private final Whiteboard whiteboard = session.whiteboard;
    private final Board board = session.board();

    @Test
    void aConnectorRunsFromOutlineToOutlineJustShortOfEachShape() {
        Shape client = session.rectangle(0, 0, 100, 50);
        Shape server = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(client, server);

        ArrowPath path = board.arrowPath(arrow);

        assertThat(path.start().x()).isCloseTo(100 + ArrowRouting.GAP, within(1e-9));
        assertThat(path.end().x()).isCloseTo(300 - ArrowRouting.GAP, within(1e-9));
        assertThat(path.start().y()).isEqualTo(25);
        assertThat(path.midpoint()).isEqualTo(new Point(200, 25));
    }

    @Test
    void betweenTouchingOrOverlappingBoxesAShortConnectorStraddlesTheSeamPointingForwards() {
        Shape left = session.rectangle(0, 0, 160, 80);
        Shape touching = session.rectangle(160, 0, 160, 80);
        Shape overlapping = session.rectangle(150, 100, 160, 80);
        Shape below = session.rectangle(0, 100, 160, 80);

        for (ArrowPath path : List.of(board.arrowPath(session.arrowBetween(left, touching)),
                board.arrowPath(session.arrowBetween(below, overlapping)))) {
            assertThat(path.end().x() - path.start().x()).as("points from the first box to the second")
                    .isCloseTo(ArrowRouting.SHORTEST_CONNECTOR, within(1e-9));
            assertThat(path.start().y()).isEqualTo(path.end().y());
        }
        ArrowPath seam = board.arrowPath(session.arrowBetween(left, touching));
        assertThat(seam.midpoint().x()).as("centred where the boxes meet").isCloseTo(160, within(1e-9));
    }

    @Test
    void aConnectorStopsOnTheCurveOfAnEllipse() {
        Shape left = session.ellipse(0, 0, 100, 100);
        Shape right = session.rectangle(300, 0, 100, 100);
        Shape arrow = session.arrowBetween(left, right);

        assertThat(board.arrowPath(arrow).start().x()).isCloseTo(100 + ArrowRouting.GAP, within(1e-9));
        Shape diagonal = session.add(Shape.arrow(board.newId(), new Point(-100, -100), Optional.empty(),
                new Point(50, 50), Optional.of(Attachment.centreOf(left.id())), Style.DEFAULT));
        Point end = board.arrowPath(diagonal).end();
        assertThat(end.distanceTo(new Point(50, 50))).isCloseTo(50 + ArrowRouting.GAP, within(1e-9));
    }

    @Test
    void arrowsFollowAShapeWhenItMovesAndCanBeFoundWhereTheyNowAre() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);

        whiteboard.execute(Commands.move(List.of(b.id()), 0, 400));

        assertThat(session.current(arrow)).as("the arrow itself is unchanged").isEqualTo(arrow);
        ArrowPath path = board.arrowPath(arrow);
        assertThat(path.end().y()).as("just above b's new top edge").isBetween(400 - ArrowRouting.GAP, 400.0);
        Point onTheNewLine = path.midpoint();
        assertThat(board.hitTest(onTheNewLine, 1)).contains(arrow);
        assertThat(board.hitTest(new Point(200, 25), 1)).as("where the arrow used to be").isEmpty();
        assertThat(board.arrowsAttachedTo(b.id())).containsExactly(arrow);
    }

    @Test
    void aDragCanBePreviewedWithArrowsFollowingBeforeItIsCommitted() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);

        ArrowPath preview = board.arrowPath(arrow, Map.of(b.id(), b.translated(0, 400)));
        whiteboard.execute(Commands.move(List.of(b.id()), 0, 400));

        assertClose(board.arrowPath(session.current(arrow)), preview);
        assertThat(a.translated(5, 6).bounds()).isEqualTo(new Rect(5, 6, 100, 50));
        assertThat(arrow.translated(1, 1).attachments()).isEqualTo(arrow.attachments());
    }

    @Test
    void resizingAShapeReroutesItsArrowsToTheNewOutline() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);

        whiteboard.execute(Commands.resize(a.id(), new Rect(0, 0, 200, 50)));

        assertThat(board.arrowPath(arrow).start().x()).isCloseTo(200 + ArrowRouting.GAP, within(1e-9));
    }

    @Test
    void deletingAShapeLeavesItsArrowsWhereTheyWereAndUndoReattachesThem() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);
        ArrowPath before = board.arrowPath(arrow);

        whiteboard.execute(Commands.remove(List.of(b.id())));

        Shape detached = session.current(arrow);
        assertThat(detached.startAttachment()).isPresent();
        assertThat(detached.endAttachment()).isEmpty();
        assertClose(board.arrowPath(detached), before);

        whiteboard.undo();
        assertThat(session.current(arrow)).isEqualTo(arrow);
        assertThat(board.arrowsAttachedTo(b.id())).containsExactly(arrow);
    }

    @Test
    void deletingAnArrowTogetherWithItsShapesRemovesItToo() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);

        whiteboard.execute(Commands.remove(List.of(a.id(), arrow.id())));

        assertThat(board.shapes()).containsExactly(b);
    }

    @Test
    void movingAnArrowOnItsOwnLetsGoOfTheShapesItWasAttachedTo() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);
        ArrowPath before = board.arrowPath(arrow);

        whiteboard.execute(Commands.move(List.of(arrow.id()), 0, 100));

        Shape moved = session.current(arrow);
        assertThat(moved.attachments()).isEmpty();
        assertClose(board.arrowPath(moved), new ArrowPath(before.start().plus(0, 100), before.end().plus(0, 100)));
    }

    @Test
    void movingAnArrowWithItsShapesKeepsItAttached() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);

        whiteboard.execute(Commands.move(List.of(a.id(), b.id(), arrow.id()), 10, 10));

        assertThat(session.current(arrow).attachments()).hasSize(2);
        assertClose(board.arrowPath(session.current(arrow)).start(), new Point(110 + ArrowRouting.GAP, 35));
    }

    @Test
    void draggingAnArrowEndOntoAShapeAttachesIt() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape arrow = session.add(Shape.arrow(board.newId(), new Point(300, 25), new Point(200, 25), Style.DEFAULT));
        Point drop = new Point(50, 25);
        Shape target = board.hitTest(drop, 0, s -> s.kind().acceptsArrows()).orElseThrow();

        whiteboard.execute(Commands.reconnect(arrow.id(), ArrowTip.END, drop,
                Optional.of(new Attachment(target.id(), Anchor.at(target.bounds(), drop)))));

        assertThat(board.arrowPath(session.current(arrow)).end().x()).isCloseTo(100 + ArrowRouting.GAP,
                within(1e-9));
        assertThat(whiteboard.history().undoName()).contains("Connect arrow");
        whiteboard.undo();
        assertThat(session.current(arrow)).isEqualTo(arrow);
    }

    private static void assertClose(ArrowPath actual, ArrowPath expected) {
        assertClose(actual.start(), expected.start());
        assertClose(actual.end(), expected.end());
    }

    private static void assertClose(Point actual, Point expected) {
        assertThat(actual.distanceTo(expected)).as("%s is near %s", actual, expected).isLessThan(1e-9);
    }
}
