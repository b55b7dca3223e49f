package app.rehearse.ui.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rehearse.ui.common.AnsweringDialogs;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.whiteboard.ArrowPath;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeKind;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the whiteboard pane with the mouse and keyboard, checking the outcome in the model. */
@ExtendWith(ApplicationExtension.class)
class WhiteboardPaneUiTest {
    @TempDir
    Path dir;

    private Stage stage;
    private Whiteboard whiteboard;
    private Board board;
    private WhiteboardPane pane;
    private int changes;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    private void show(boolean editable) {
        whiteboard = new Whiteboard(() -> 0, () -> "");
        board = whiteboard.board();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            pane = new WhiteboardPane(whiteboard, editable, new AnsweringDialogs().fileToSave(dir.resolve("board.png")), UiTasks.sameThread());
            pane.setId("whiteboard");
            pane.setOnChanged(() -> changes++);
            stage.setScene(new Scene(pane, 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void stencilsRectangleAndAConnectorDrawnByMouseAndTheArrowFollowsAMove(FxRobot robot) {
        show(true);
        Shape client = place(robot, "#stencil-client", 200, 200);
        Shape service = place(robot, "#stencil-service", 600, 200);
        assertThat(board.size()).isEqualTo(2);
        assertThat(client.stencil()).contains(Stencil.CLIENT);

        robot.clickOn("#toolRect");
        drag(robot, 150, 400, 350, 520);
        Shape rect = only(ShapeKind.RECTANGLE);
        assertThat(rect.bounds().width()).isEqualTo(200);
        assertThat(pane.editor().tool()).isEqualTo(Tool.SELECT);

        robot.clickOn("#toolArrow");
        drag(robot, 200, 200, 600, 205);
        Shape arrow = only(ShapeKind.ARROW);
        assertThat(arrow.startAttachment()).contains(Attachment.centreOf(client.id()));
        assertThat(arrow.endAttachment()).contains(Attachment.centreOf(service.id()));
        ArrowPath before = path(arrow);

        robot.clickOn("#toolSelect");
        drag(robot, 600, 200, 600, 420);
        assertThat(board.shape(service.id()).orElseThrow().bounds().centre().y())
                .isCloseTo(service.bounds().centre().y() + 220, within(10.0));
        ArrowPath after = path(arrow);
        assertThat(after.end().y()).isGreaterThan(before.end().y() + 150);
        assertThat(whiteboard.history().undoName()).contains("Move");

        robot.clickOn("#undoButton");
        assertThat(board.shape(service.id())).contains(service);
        assertThat(path(arrow)).isEqualTo(before);
        robot.clickOn("#redoButton");
        assertThat(path(arrow)).isEqualTo(after);

        robot.clickOn(screen(800, 600));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(path(arrow)).isEqualTo(before);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(path(arrow)).isEqualTo(after);
        assertThat(changes).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aComponentDraggedFromThePaletteLandsWhereItIsDropped(FxRobot robot) {
        show(true);
        robot.drag("#stencil-database", MouseButton.PRIMARY).moveTo(screen(300, 300)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Shape db = only(ShapeKind.STENCIL);
        assertThat(db.stencil()).contains(Stencil.DATABASE);
        assertThat(db.bounds().centre().x()).isCloseTo(300, within(20.0));
        assertThat(pane.editor().selection()).containsExactly(db.id());
    }

    @Test
    void doubleClickingAComponentRenamesItInPlace(FxRobot robot) {
        show(true);
        Shape service = place(robot, "#stencil-service", 400, 300);

        robot.doubleClickOn(screen(400, 300), MouseButton.PRIMARY);
        TextField editor = robot.lookup("#labelEditor").queryAs(TextField.class);
        assertThat(editor.isVisible()).isTrue();
        assertThat(editor.getText()).isEqualTo("Service");
        robot.write("Orders service").type(KeyCode.ENTER);

        assertThat(board.shape(service.id()).orElseThrow().label()).isEqualTo("Orders service");
        assertThat(editor.isVisible()).isFalse();

        robot.doubleClickOn(screen(400, 300), MouseButton.PRIMARY).write("Payments service").type(KeyCode.ESCAPE);
        assertThat(board.shape(service.id()).orElseThrow().label()).as("Escape commits, as in other diagram tools")
                .isEqualTo("Payments service");
        assertThat(editor.isVisible()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(board.shape(service.id()).orElseThrow().label()).isEqualTo("Orders service");
    }

    @Test
    void theTextToolWritesALabelWhereClicked(FxRobot robot) {
        show(true);
        robot.clickOn("#toolText");
        robot.clickOn(screen(300, 100));
        robot.write("p99 < 200 ms").type(KeyCode.ENTER);

        Shape text = only(ShapeKind.TEXT);
        assertThat(text.label()).isEqualTo("p99 < 200 ms");
        assertThat(text.bounds().x()).isCloseTo(300, within(1.0));
        assertThat(text.bounds().width()).isGreaterThan(60);
    }

    @Test
    void deleteRemovesTheSelectionAndCutsItsArrowsLoose(FxRobot robot) {
        show(true);
        place(robot, "#stencil-client", 200, 200);
        Shape cache = place(robot, "#stencil-cache", 600, 200);
        robot.clickOn("#toolArrow");
        drag(robot, 200, 200, 600, 200);
        Shape arrow = only(ShapeKind.ARROW);
        robot.clickOn("#toolSelect");

        robot.clickOn(screen(600, 200));
        robot.type(KeyCode.DELETE);

        assertThat(board.contains(cache.id())).isFalse();
        assertThat(board.shape(arrow.id()).orElseThrow().endAttachment()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(board.contains(cache.id())).isTrue();
    }

    @Test
    void aRubberBandSelectsTheComponentsInsideIt(FxRobot robot) {
        show(true);
        Shape a = place(robot, "#stencil-cache", 200, 200);
        Shape b = place(robot, "#stencil-queue", 250, 350);
        Shape c = place(robot, "#stencil-worker", 700, 350);

        drag(robot, 60, 120, 450, 450);

        assertThat(pane.editor().selection()).containsExactlyInAnyOrder(a.id(), b.id()).doesNotContain(c.id());
    }

    @Test
    void zoomingChangesTheZoomLabel(FxRobot robot) {
        show(true);
        Label zoom = robot.lookup("#zoomLabel").queryAs(Label.class);
        assertThat(zoom.getText()).isEqualTo("100%");

        robot.clickOn("#zoomInButton");
        assertThat(zoom.getText()).isEqualTo("120%");
        robot.moveTo(screen(300, 300)).scroll(2);
        assertThat(zoom.getText()).isNotEqualTo("120%");
        robot.clickOn(screen(300, 300));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(zoom.getText()).isEqualTo("100%");
    }

    @Test
    void exportWritesAPngOfTheWholeDrawingWithMargins(FxRobot robot) throws Exception {
        show(true);
        place(robot, "#stencil-client", 200, 200);
        place(robot, "#stencil-database", 700, 450);
        robot.clickOn("#zoomInButton").clickOn("#zoomInButton");

        robot.clickOn("#exportPngButton");

        Path png = dir.resolve("board.png");
        // The file is in place a moment before the status says so, which it does back on the FX thread.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#whiteboardStatus").queryLabeled().getText().equals("Exported board.png"));
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        Rect content = board.contentBounds().orElseThrow();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(content.width() + 2 * PngRenderer.MARGIN));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(content.height() + 2 * PngRenderer.MARGIN));
        assertThat(image.getRGB(2, 2) & 0xffffff).as("white margin").isEqualTo(0xffffff);
        int inkPixels = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inkPixels++;
                }
            }
        }
        assertThat(inkPixels).as("the drawing is in the image").isGreaterThan(500);
        assertThat(Files.list(dir).toList()).containsExactly(png);
    }

    @Test
    void aPictureRenderedTileByTileIsTheSameAsOneRenderedAtOnce(FxRobot robot) throws Exception {
        show(true);
        place(robot, "#stencil-client", 200, 200);
        place(robot, "#stencil-database", 700, 450);
        BoardPainter painter = new BoardPainter(Palette.Theme.LIGHT);
        BufferedImage atOnce = WaitForAsyncUtils.asyncFx(() -> PngRenderer.render(board, painter)).get(10, TimeUnit.SECONDS);
        CompletableFuture<PngRenderer.TiledPicture> stepped = new CompletableFuture<>();

        WaitForAsyncUtils.asyncFx(() -> PngRenderer.renderInSteps(board, painter, PngRenderer.MAX_PIXELS, stepped::complete));
        BufferedImage tiled = stepped.get(10, TimeUnit.SECONDS).assemble();

        assertThat(atOnce.getWidth()).as("more than one 256-pixel tile across").isGreaterThan(512);
        assertThat(tiled.getWidth()).isEqualTo(atOnce.getWidth());
        assertThat(tiled.getHeight()).isEqualTo(atOnce.getHeight());
        int differing = 0;
        for (int y = 0; y < atOnce.getHeight(); y++) {
            for (int x = 0; x < atOnce.getWidth(); x++) {
                if (tiled.getRGB(x, y) != atOnce.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void keyboardShortcutsDuplicateNudgePickToolsAndPan(FxRobot robot) {
        show(true);
        Shape cache = place(robot, "#stencil-cache", 300, 300);

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(board.size()).isEqualTo(2);
        Shape copy = pane.editor().selectedShapes().get(0);
        assertThat(copy.id()).isNotEqualTo(cache.id());

        robot.type(KeyCode.RIGHT);
        assertThat(board.shape(copy.id()).orElseThrow().bounds().x()).isEqualTo(copy.bounds().x() + 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(board.shape(copy.id()).orElseThrow().bounds().y()).isEqualTo(copy.bounds().y() + 20);

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(pane.editor().selection()).hasSize(2);
        robot.type(KeyCode.R);
        assertThat(pane.editor().tool()).isEqualTo(Tool.RECTANGLE);
        assertThat(robot.lookup("#toolRect").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(pane.editor().tool()).isEqualTo(Tool.SELECT);

        double before = pane.editor().camera().viewport().offsetX();
        robot.press(KeyCode.SPACE);
        drag(robot, 600, 500, 680, 500);
        robot.release(KeyCode.SPACE);
        assertThat(pane.editor().camera().viewport().offsetX()).isCloseTo(before + 80, within(2.0));
        robot.moveTo(screen(600, 500)).press(MouseButton.MIDDLE).moveTo(screen(560, 500)).release(MouseButton.MIDDLE);
        assertThat(pane.editor().camera().viewport().offsetX()).isCloseTo(before + 40, within(2.0));
        assertThat(board.size()).isEqualTo(2);
    }

    @Test
    void readOnlyShowsNoToolsAndDraggingOnlyPans(FxRobot robot) {
        show(false);
        assertThat(robot.lookup("#toolSelect").tryQuery()).isEmpty();
        assertThat(robot.lookup("#toolPen").tryQuery()).isEmpty();
        assertThat(robot.lookup("#stencilPalette").tryQuery()).isEmpty();
        assertThat(robot.lookup("#undoButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#zoomLabel").tryQuery()).isPresent();
        assertThat(robot.lookup("#exportPngButton").tryQuery()).isPresent();

        drag(robot, 300, 300, 400, 350);
        assertThat(pane.editor().camera().viewport().offsetX()).isCloseTo(100, within(2.0));
        robot.type(KeyCode.R);
        drag(robot, 300, 300, 400, 350);
        assertThat(board.isEmpty()).isTrue();
    }

    @Test
    void manyChangesInOnePulseRepaintOnce(FxRobot robot) {
        show(true);
        WaitForAsyncUtils.waitForFxEvents();
        long[] paints = new long[2];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            paints[0] = pane.boardCanvas().paints();
            for (int i = 0; i < 200; i++) {
                pane.editor().input().hover(new app.rehearse.whiteboard.Point(i, i));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        paints[1] = pane.boardCanvas().paints();
        assertThat(paints[1] - paints[0]).isBetween(1L, 2L);
    }

    private Shape place(FxRobot robot, String tile, double x, double y) {
        robot.clickOn(tile);
        robot.clickOn(screen(x, y));
        List<Shape> selected = pane.editor().selectedShapes();
        assertThat(selected).hasSize(1);
        return selected.get(0);
    }

    private void drag(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.moveTo(screen(x0, y0)).press(MouseButton.PRIMARY).moveTo(screen(x1, y1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double x, double y) {
        return pane.boardCanvas().canvas().localToScreen(x, y);
    }

    private ArrowPath path(Shape arrow) {
        return board.arrowPath(board.shape(arrow.id()).orElseThrow());
    }

    private Shape only(ShapeKind kind) {
        List<Shape> found = board.shapes().stream().filter(s -> s.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
