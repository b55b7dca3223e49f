package app.rehearse.ui.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.ui.whiteboard.BoardEditor.Button;
import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's gestures without a toolkit: pointer positions in, one command per gesture out. */
class WhiteboardEditorTest {
    private final Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
    private final Board board = whiteboard.board();
    private final List<LabelEdit> labelEdits = new ArrayList<>();
    private BoardEditor editor;

    @BeforeEach
    void setUp() {
        editor = new BoardEditor(whiteboard, text -> new double[] {Math.max(1, text.length()) * 10, 24}, true);
        editor.camera().setSize(1000, 800);
        editor.setLabelEditor(labelEdits::add);
    }

    @Test
    void anArrowDrawnFromOneStencilToAnotherIsAttachedToBothAndFollowsAMove() {
        Shape client = place(Stencil.CLIENT, 200, 200);
        Shape service = place(Stencil.SERVICE, 600, 200);
        editor.setTool(Tool.ARROW);
        drag(200, 200, 600, 210);

        Shape arrow = only(ShapeKind.ARROW);
        assertThat(arrow.startAttachment()).contains(Attachment.centreOf(client.id()));
        assertThat(arrow.endAttachment()).contains(Attachment.centreOf(service.id()));
        ArrowPath before = board.arrowPath(arrow);
        assertThat(before.end().x()).isLessThan(service.bounds().x());

        editor.setTool(Tool.SELECT);
        int steps = whiteboard.history().undoDepth();
        drag(600, 200, 600, 400);

        assertThat(whiteboard.history().undoDepth()).isEqualTo(steps + 1);
        assertThat(whiteboard.history().undoName()).contains("Move");
        ArrowPath after = board.arrowPath(board.shape(arrow.id()).orElseThrow());
        assertThat(after.end().y()).isGreaterThan(before.end().y() + 150);
        assertThat(after.start()).isNotEqualTo(before.start());
    }

    @Test
    void aDragPreviewsTheMoveAndChangesTheBoardOnlyOnRelease() {
        Shape box = place(Stencil.DATABASE, 300, 300);
        editor.input().press(new Point(300, 300), Button.PRIMARY, 1, false, false);
        editor.input().drag(new Point(350, 300), false, false);
        editor.input().drag(new Point(400, 300), false, false);

        assertThat(board.shape(box.id())).contains(box);
        Shape previewed = editor.preview().replaced().get(box.id());
        assertThat(previewed.bounds().x()).isEqualTo(box.bounds().x() + 100);

        editor.input().release(new Point(400, 300), false, false);
        assertThat(board.shape(box.id()).orElseThrow().bounds().x()).isEqualTo(box.bounds().x() + 100);
        assertThat(editor.preview()).isEqualTo(Preview.NONE);
    }

    @Test
    void drawingARectangleSnapsItToTheGridSelectsItAndReturnsToSelect() {
        editor.setTool(Tool.RECTANGLE);
        drag(103, 98, 298, 205);

        Shape rect = only(ShapeKind.RECTANGLE);
        assertThat(rect.bounds()).isEqualTo(new Rect(100, 100, 200, 100));
        assertThat(editor.selection()).containsExactly(rect.id());
        assertThat(editor.tool()).isEqualTo(Tool.SELECT);
        assertThat(whiteboard.history().undoDepth()).isEqualTo(1);
    }

    @Test
    void aClickWithTheRectangleToolDrawsNothing() {
        editor.setTool(Tool.RECTANGLE);
        drag(100, 100, 101, 101);
        assertThat(board.isEmpty()).isTrue();
    }

    @Test
    void aRubberBandSelectsTheShapesWhollyInsideIt() {
        Shape a = place(Stencil.CACHE, 200, 200);
        Shape b = place(Stencil.QUEUE, 200, 400);
        place(Stencil.WORKER, 700, 400);
        editor.select(List.of());

        drag(50, 50, 450, 500);

        assertThat(editor.selection()).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void shiftClickAddsAndRemovesFromTheSelection() {
        Shape a = place(Stencil.CACHE, 200, 200);
        Shape b = place(Stencil.QUEUE, 200, 400);
        click(200, 200);
        editor.input().press(new Point(200, 400), Button.PRIMARY, 1, true, false);
        editor.input().release(new Point(200, 400), true, false);
        assertThat(editor.selection()).containsExactlyInAnyOrder(a.id(), b.id());

        editor.input().press(new Point(200, 200), Button.PRIMARY, 1, true, false);
        editor.input().release(new Point(200, 200), true, false);
        assertThat(editor.selection()).containsExactly(b.id());
    }

    @Test
    void theEraserDeletesEverythingItTouchedInOneStepAndCutsArrowsLoose() {
        Shape a = place(Stencil.CLIENT, 200, 200);
        place(Stencil.SERVICE, 600, 200);
        editor.setTool(Tool.ARROW);
        drag(200, 200, 600, 200);
        Shape arrow = only(ShapeKind.ARROW);

        editor.setTool(Tool.ERASER);
        drag(200, 200, 200, 210);

        assertThat(board.contains(a.id())).isFalse();
        assertThat(board.shape(arrow.id()).orElseThrow().startAttachment()).isEmpty();
        assertThat(whiteboard.history().undoName()).isPresent();
        whiteboard.undo();
        assertThat(board.contains(a.id())).isTrue();
    }

    @Test
    void doubleClickingAShapeAsksToEditItsLabelAndCommittingRenamesIt() {
        Shape service = place(Stencil.SERVICE, 300, 300);
        editor.input().press(new Point(300, 300), Button.PRIMARY, 2, false, false);
        editor.input().release(new Point(300, 300), false, false);

        assertThat(labelEdits).hasSize(1);
        LabelEdit edit = labelEdits.get(0);
        assertThat(edit.shape()).contains(service.id());
        assertThat(edit.text()).isEqualTo("Service");

        editor.commitLabel(edit, "  Orders service ");
        assertThat(board.shape(service.id()).orElseThrow().label()).isEqualTo("Orders service");
        int steps = whiteboard.history().undoDepth();
        editor.commitLabel(edit, "Orders service");
        assertThat(whiteboard.history().undoDepth()).as("unchanged text leaves no step").isEqualTo(steps);
    }

    @Test
    void theTextToolCreatesMeasuredTextAndEmptyingItDeletesIt() {
        editor.setTool(Tool.TEXT);
        click(100, 100);
        assertThat(labelEdits).hasSize(1);
        assertThat(labelEdits.get(0).shape()).isEmpty();

        editor.commitLabel(labelEdits.get(0), "p99 < 200 ms");
        Shape text = only(ShapeKind.TEXT);
        assertThat(text.bounds().width()).isEqualTo(120);
        assertThat(text.bounds().x()).isEqualTo(100);
        assertThat(editor.tool()).isEqualTo(Tool.SELECT);

        editor.commitLabel(LabelEditing.editOf(editor, text), "   ");
        assertThat(board.isEmpty()).isTrue();
    }

    @Test
    void aCornerHandleResizesTheSelectedShapeToTheGrid() {
        Shape box = place(Stencil.SERVICE, 300, 300);
        Rect b = box.bounds();
        Point corner = editor.camera().toScreen(new Point(b.maxX(), b.maxY()));
        drag(corner.x(), corner.y(), corner.x() + 41, corner.y() + 39);

        assertThat(board.shape(box.id()).orElseThrow().bounds())
                .isEqualTo(new Rect(b.x(), b.y(), b.width() + 40, b.height() + 40));
        assertThat(whiteboard.history().undoName()).contains("Resize");
    }

    @Test
    void draggingAnArrowEndOntoAnotherShapeReattachesIt() {
        place(Stencil.CLIENT, 200, 200);
        Shape service = place(Stencil.SERVICE, 600, 200);
        Shape cache = place(Stencil.CACHE, 600, 500);
        editor.setTool(Tool.ARROW);
        drag(200, 200, 600, 200);
        Shape arrow = only(ShapeKind.ARROW);
        editor.setTool(Tool.SELECT);
        editor.select(List.of(arrow.id()));

        Point end = editor.camera().toScreen(board.arrowPath(arrow).end());
        drag(end.x(), end.y(), 600, 500);

        Shape moved = board.shape(arrow.id()).orElseThrow();
        assertThat(moved.endAttachment()).contains(Attachment.centreOf(cache.id()));
    }

    @Test
    void aPenStrokeIsSmoothedIntoOneShapeAndThePenStaysActive() {
        editor.setTool(Tool.PEN);
        editor.input().press(new Point(100, 100), Button.PRIMARY, 1, false, false);
        for (int i = 1; i <= 100; i++) {
            editor.input().drag(new Point(100 + i * 3, 100 + 20 * Math.sin(i / 8.0) + (i % 2)), false, false);
        }
        editor.input().release(new Point(400, 100), false, false);

        Shape stroke = only(ShapeKind.PEN);
        assertThat(stroke.points().size()).isBetween(3, 60);
        assertThat(editor.tool()).isEqualTo(Tool.PEN);
    }

    @Test
    void clipboardDuplicateNudgeAndDeleteActOnTheSelection() {
        Shape a = place(Stencil.CACHE, 200, 200);
        SelectionActions actions = editor.actions();
        actions.duplicate();
        assertThat(board.size()).isEqualTo(2);
        assertThat(editor.selection()).doesNotContain(a.id());

        actions.copy();
        actions.paste();
        assertThat(board.size()).isEqualTo(3);

        ShapeId pasted = editor.selection().iterator().next();
        Rect before = board.shape(pasted).orElseThrow().bounds();
        actions.nudge(20, 0);
        assertThat(board.shape(pasted).orElseThrow().bounds().x()).isEqualTo(before.x() + 20);

        actions.delete();
        assertThat(board.size()).isEqualTo(2);
        assertThat(editor.selection()).isEmpty();
    }

    @Test
    void pickingAColourRecolorsTheSelectionAndTheNextShapes() {
        Shape a = place(Stencil.CACHE, 200, 200);
        editor.actions().setStrokeColour(Palette.BLUE);
        assertThat(board.shape(a.id()).orElseThrow().style().stroke()).isEqualTo(Palette.BLUE);

        editor.setTool(Tool.ELLIPSE);
        drag(400, 400, 500, 480);
        assertThat(only(ShapeKind.ELLIPSE).style().stroke()).isEqualTo(Palette.BLUE);
    }

    @Test
    void undoingEveryEditRestoresTheEmptyBoard() {
        place(Stencil.CLIENT, 200, 200);
        place(Stencil.LOAD_BALANCER, 500, 200);
        editor.setTool(Tool.ARROW);
        drag(200, 200, 500, 200);
        editor.setTool(Tool.SELECT);
        drag(500, 200, 500, 400);

        while (whiteboard.canUndo()) {
            editor.actions().undo();
        }
        assertThat(board.isEmpty()).isTrue();
        assertThat(editor.selection()).isEmpty();
    }

    @Test
    void readOnlyDragsPanAndNothingEdits() {
        place(Stencil.CLIENT, 200, 200);
        BoardEditor viewer = new BoardEditor(whiteboard, text -> new double[] {10, 10}, false);
        viewer.camera().setSize(1000, 800);
        viewer.setTool(Tool.RECTANGLE);
        assertThat(viewer.tool()).isEqualTo(Tool.SELECT);

        viewer.input().press(new Point(200, 200), Button.PRIMARY, 1, false, false);
        viewer.input().drag(new Point(260, 230), false, false);
        viewer.input().release(new Point(260, 230), false, false);

        assertThat(viewer.camera().viewport().offsetX()).isEqualTo(60);
        assertThat(board.size()).isEqualTo(1);
        viewer.selectAll();
        viewer.actions().delete();
        viewer.actions().undo();
        assertThat(board.size()).isEqualTo(1);
    }

    @Test
    void zoomingKeepsItsPercentLabelAndFitShowsEverything() {
        place(Stencil.CLIENT, 2000, 2000);
        editor.camera().zoomAt(1.2, new Point(100, 100));
        assertThat(editor.camera().zoomPercent()).isEqualTo("120%");
        editor.camera().fit(board.contentBounds());
        assertThat(editor.camera().visibleArea().contains(board.contentBounds().orElseThrow())).isTrue();
    }

    private Shape place(Stencil stencil, double x, double y) {
        editor.placeStencil(stencil, editor.input().pointer(new Point(x, y), false, false));
        return board.shape(editor.selection().iterator().next()).orElseThrow();
    }

    private void click(double x, double y) {
        editor.input().press(new Point(x, y), Button.PRIMARY, 1, false, false);
        editor.input().release(new Point(x, y), false, false);
    }

    private void drag(double x0, double y0, double x1, double y1) {
        editor.input().press(new Point(x0, y0), Button.PRIMARY, 1, false, false);
        for (int i = 1; i <= 5; i++) {
            editor.input().drag(new Point(x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5), false, false);
        }
        editor.input().release(new Point(x1, y1), false, false);
    }

    private Shape only(ShapeKind kind) {
        List<Shape> found = board.shapes().stream().filter(s -> s.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
