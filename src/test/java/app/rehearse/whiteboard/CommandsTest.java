package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final FakeSession session = new FakeSession();
    private final Whiteboard whiteboard = session.whiteboard;
    private final Board board = session.board();

    private void assertUndoRestores(Map<ShapeId, Shape> before) {
        Map<ShapeId, Shape> after = board.shapesById();
        whiteboard.undo();
        assertThat(board.shapesById()).isEqualTo(before);
        whiteboard.redo();
        assertThat(board.shapesById()).isEqualTo(after);
    }

    @Test
    void addingPutsAShapeOnTopOfTheOthers() {
        Shape first = session.rectangle(0, 0, 10, 10);
        Shape second = session.add(Shape.stencil(board.newId(), Stencil.CACHE, new Point(0, 0)).withZ(-50));

        assertThat(second.z()).isGreaterThan(first.z());
        assertThat(board.shapes()).containsExactly(first, second);
        assertThat(whiteboard.history().undoName()).contains("Add Cache");
    }

    @Test
    void deletingRemovesTheShapesAndUndoBringsThemBack() {
        Shape a = session.rectangle(0, 0, 10, 10);
        Shape b = session.ellipse(20, 0, 10, 10);
        Map<ShapeId, Shape> before = board.shapesById();

        whiteboard.execute(Commands.remove(List.of(a.id(), b.id())));

        assertThat(board.isEmpty()).isTrue();
        assertThat(whiteboard.history().undoName()).contains("Delete 2 shapes");
        assertUndoRestores(before);
    }

    @Test
    void movingShiftsEverySelectedShapeByTheSameAmount() {
        Shape box = session.rectangle(0, 0, 10, 10);
        Shape pen = session.add(Shape.pen(board.newId(), List.of(new Point(0, 0), new Point(5, 5)), Style.DEFAULT));
        Shape untouched = session.rectangle(100, 100, 10, 10);
        Map<ShapeId, Shape> before = board.shapesById();

        whiteboard.execute(Commands.move(List.of(box.id(), pen.id()), 12.5, -4));

        assertThat(session.current(box).bounds()).isEqualTo(new Rect(12.5, -4, 10, 10));
        assertThat(session.current(pen).points()).containsExactly(new Point(12.5, -4), new Point(17.5, 1));
        assertThat(session.current(untouched)).isEqualTo(untouched);
        assertUndoRestores(before);
    }

    @Test
    void resizingSetsABoxExactlyAndStretchesAStroke() {
        Shape box = session.rectangle(0, 0, 10, 10);
        Shape pen = session.add(Shape.pen(board.newId(), List.of(new Point(0, 0), new Point(10, 10), new Point(20, 0)),
                Style.DEFAULT));
        Map<ShapeId, Shape> before = board.shapesById();

        whiteboard.execute(Commands.resize(box.id(), new Rect(1, 2, 30, 40)));
        whiteboard.execute(Commands.resize(pen.id(), new Rect(0, 0, 40, 5)));

        assertThat(session.current(box).bounds()).isEqualTo(new Rect(1, 2, 30, 40));
        assertThat(session.current(pen).points()).containsExactly(new Point(0, 0), new Point(20, 5), new Point(40, 0));
        whiteboard.undo();
        assertUndoRestores(before);
    }

    @Test
    void scalingAGroupStretchesItsBoxAsAWhole() {
        Shape a = session.rectangle(0, 0, 10, 10);
        Shape b = session.rectangle(30, 10, 10, 10);

        whiteboard.execute(Commands.scale(List.of(a.id(), b.id()), new Rect(0, 0, 40, 20), new Rect(0, 0, 80, 40)));

        assertThat(session.current(a).bounds()).isEqualTo(new Rect(0, 0, 20, 20));
        assertThat(session.current(b).bounds()).isEqualTo(new Rect(60, 20, 20, 20));
    }

    @Test
    void textInsideAShapeAndFreeTextAreEditable() {
        Shape service = session.add(Shape.stencil(board.newId(), Stencil.SERVICE, new Point(0, 0)));
        Shape note = session.add(Shape.text(board.newId(), new Rect(0, 200, 40, 20), "hi", Style.DEFAULT));

        whiteboard.execute(Commands.setLabel(service.id(), "Orders service"));
        whiteboard.execute(Commands.setText(note.id(), "hello there", new Rect(0, 200, 90, 20)));

        assertThat(session.current(service).label()).isEqualTo("Orders service");
        assertThat(session.current(note).label()).isEqualTo("hello there");
        assertThat(session.current(note).bounds().width()).isEqualTo(90);
        assertThat(whiteboard.history().undoName()).contains("Edit text");
    }

    @Test
    void styleChangesTouchOnlyTheirOwnProperty() {
        Shape a = session.rectangle(0, 0, 10, 10);
        Shape b = session.ellipse(0, 0, 10, 10);
        List<ShapeId> both = List.of(a.id(), b.id());

        whiteboard.execute(Commands.setStrokeColour(both, Palette.BLUE));
        whiteboard.execute(Commands.setFillColour(List.of(a.id()), Palette.YELLOW));
        whiteboard.execute(Commands.setStrokeWidth(both, StrokeWidth.BOLD));
        whiteboard.execute(Commands.setStrokePattern(List.of(b.id()), StrokePattern.DASHED));

        assertThat(session.current(a).style()).isEqualTo(new Style(Palette.BLUE, Palette.YELLOW, StrokeWidth.BOLD,
                StrokePattern.SOLID));
        assertThat(session.current(b).style()).isEqualTo(new Style(Palette.BLUE, Palette.NONE, StrokeWidth.BOLD,
                StrokePattern.DASHED));
        whiteboard.execute(Commands.setStyle(both, Style.DEFAULT));
        assertThat(session.current(b).style()).isEqualTo(Style.DEFAULT);
    }

    @Test
    void frontAndBackRestackTheSelectionKeepingItsOwnOrder() {
        Shape a = session.rectangle(0, 0, 10, 10);
        Shape b = session.rectangle(0, 0, 10, 10);
        Shape c = session.rectangle(0, 0, 10, 10);
        Shape d = session.rectangle(0, 0, 10, 10);

        whiteboard.execute(Commands.reorder(List.of(a.id(), b.id()), ZOrder.FRONT));
        assertThat(board.shapes()).extracting(Shape::id).containsExactly(c.id(), d.id(), a.id(), b.id());

        whiteboard.execute(Commands.reorder(List.of(d.id(), b.id()), ZOrder.BACK));
        assertThat(board.shapes()).extracting(Shape::id).containsExactly(d.id(), b.id(), c.id(), a.id());
    }

    @Test
    void forwardAndBackwardStepPastTheNextOverlappingShape() {
        Shape bottom = session.rectangle(0, 0, 10, 10);
        Shape elsewhere = session.rectangle(500, 500, 10, 10);
        Shape over = session.rectangle(5, 5, 10, 10);

        whiteboard.execute(Commands.reorder(List.of(bottom.id()), ZOrder.FORWARD));
        assertThat(board.shapes()).extracting(Shape::id).containsExactly(elsewhere.id(), over.id(), bottom.id());

        whiteboard.execute(Commands.reorder(List.of(bottom.id()), ZOrder.BACKWARD));
        assertThat(board.shapes()).extracting(Shape::id).containsExactly(elsewhere.id(), bottom.id(), over.id());

        Delta nothing = whiteboard.execute(Commands.reorder(List.of(elsewhere.id()), ZOrder.FORWARD));
        assertThat(nothing.isEmpty()).as("nothing overlaps it").isTrue();
    }

    @Test
    void duplicatingCopiesShapesWithFreshIdsAndArrowsBetweenTheCopies() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Shape b = session.rectangle(300, 0, 100, 50);
        Shape arrow = session.arrowBetween(a, b);
        Shape outsider = session.rectangle(0, 300, 100, 50);
        Shape toOutsider = session.arrowBetween(a, outsider);

        Delta copy = whiteboard.execute(Commands.duplicate(List.of(a.id(), b.id(), arrow.id(), toOutsider.id()), 20,
                20));

        assertThat(copy.added()).hasSize(4);
        assertThat(copy.added()).extracting(Shape::id).doesNotContainAnyElementsOf(
                List.of(a.id(), b.id(), arrow.id(), toOutsider.id()));
        Shape aCopy = copy.added().get(0);
        Shape arrowCopy = copy.added().get(2);
        assertThat(aCopy.bounds()).isEqualTo(new Rect(20, 20, 100, 50));
        assertThat(arrowCopy.startAttachment().orElseThrow().shape()).isEqualTo(aCopy.id());
        assertThat(arrowCopy.endAttachment().orElseThrow().shape()).isEqualTo(copy.added().get(1).id());
        Shape loose = copy.added().get(3);
        assertThat(loose.startAttachment().orElseThrow().shape()).isEqualTo(aCopy.id());
        assertThat(loose.endAttachment()).as("the outsider was not copied").isEmpty();
        assertThat(board.arrowsAttachedTo(outsider.id())).containsExactly(toOutsider);
        assertThat(copy.added()).allMatch(s -> s.z() > toOutsider.z());
    }

    @Test
    void eachPasteLandsOneStepFurtherAndPasteAtCentresUnderThePointer() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Clipboard clipboard = new Clipboard();
        clipboard.copy(board, List.of(a.id()));

        Shape first = whiteboard.execute(clipboard.paste()).added().get(0);
        Shape second = whiteboard.execute(clipboard.paste()).added().get(0);
        Shape placed = whiteboard.execute(clipboard.pasteAt(new Point(1000, 1000))).added().get(0);

        assertThat(first.bounds().origin()).isEqualTo(new Point(20, 20));
        assertThat(second.bounds().origin()).isEqualTo(new Point(40, 40));
        assertThat(placed.bounds().centre()).isEqualTo(new Point(1000, 1000));
        assertThat(List.of(first.id(), second.id(), placed.id())).doesNotHaveDuplicates().doesNotContain(a.id());
    }

    @Test
    void cuttingCopiesThenDeletes() {
        Shape a = session.rectangle(0, 0, 100, 50);
        Clipboard clipboard = new Clipboard();

        whiteboard.execute(clipboard.cut(board, List.of(a.id())));
        whiteboard.execute(clipboard.paste());

        assertThat(board.shapes()).singleElement().satisfies(s -> {
            assertThat(s.id()).isNotEqualTo(a.id());
            assertThat(s.bounds().origin()).isEqualTo(new Point(20, 20));
        });
    }

    @Test
    void anEditThatChangesNothingLeavesNoUndoStep() {
        Shape a = session.rectangle(0, 0, 10, 10);
        int steps = whiteboard.history().undoDepth();

        whiteboard.execute(Commands.move(List.of(a.id()), 0, 0));
        whiteboard.execute(Commands.setStrokeColour(List.of(a.id()), Style.DEFAULT.stroke()));
        whiteboard.execute(Commands.remove(List.of(new ShapeId("deleted-long-ago"))));
        whiteboard.execute(Commands.move(List.of(new ShapeId("stale")), 5, 5));

        assertThat(whiteboard.history().undoDepth()).isEqualTo(steps);
        assertThat(whiteboard.log()).hasSize(steps);
    }
}
