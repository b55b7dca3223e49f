package app.rehearse.ui.whiteboard;

import app.rehearse.ui.Screenshots;
import app.rehearse.ui.common.AnsweringDialogs;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Whiteboard;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: saves target/screenshots/whiteboard-*.png (a sample diagram at several widths, gestures
 * in progress, the zoomed-out overview, dark board, export). Run with -Dscreenshots=true.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class WhiteboardScreenshots {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @Test
    void sampleArchitecture(FxRobot robot) throws Exception {
        Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
        SampleArchitecture.drawOn(whiteboard);
        WhiteboardPane pane = show(robot, whiteboard, true, 1100, 700);
        shot(robot, "whiteboard-1100");

        robot.interact(() -> {
            BoardEditor editor = pane.editor();
            editor.camera().set(new app.rehearse.whiteboard.Viewport(1, 0, 0));
            editor.select(List.of(whiteboard.board().shapes().stream()
                    .filter(s -> s.stencil().filter(Stencil.DATABASE::equals).isPresent()).findFirst().orElseThrow()
                    .id()));
            editor.input().hover(new app.rehearse.whiteboard.Point(660, 230));
        });
        shot(robot, "whiteboard-selected");

        robot.interact(() -> stage.setWidth(600));
        robot.interact(pane::zoomToFit);
        shot(robot, "whiteboard-600");

        robot.interact(() -> stage.setWidth(500));
        robot.interact(pane::zoomToFit);
        shot(robot, "whiteboard-500");

        show(robot, whiteboard, false, 700, 500);
        shot(robot, "whiteboard-readonly");

        show(robot, whiteboard, true, 1000, 650, app.rehearse.whiteboard.Palette.Theme.DARK);
        shot(robot, "whiteboard-dark");

        Path png = Path.of("target", "screenshots", "whiteboard-export.png");
        Files.createDirectories(png.getParent());
        WaitForAsyncUtils.asyncFx(() -> {
            pane.exportPng(png);
            return null;
        }).get();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(png));
    }

    @Test
    void gesturesInProgress(FxRobot robot) throws Exception {
        Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
        WhiteboardPane pane = show(robot, whiteboard, true, 900, 600);
        robot.clickOn("#stencil-client").clickOn(at(pane, 160, 200));
        robot.clickOn("#stencil-load-balancer").clickOn(at(pane, 420, 200));
        robot.clickOn("#stencil-database").clickOn(at(pane, 420, 420));
        robot.clickOn("#toolArrow");
        robot.moveTo(at(pane, 160, 200)).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(at(pane, 300, 210))
                .moveTo(at(pane, 410, 205));
        shot(robot, "whiteboard-arrow-drag");
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        shot(robot, "whiteboard-arrow-selected");
        robot.clickOn("#toolSelect");
        robot.doubleClickOn(at(pane, 420, 420));
        shot(robot, "whiteboard-label-editor");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.drag(at(pane, 60, 120), javafx.scene.input.MouseButton.PRIMARY).moveTo(at(pane, 300, 300));
        shot(robot, "whiteboard-rubber-band");
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
    }

    @Test
    void zoomedOutOverview(FxRobot robot) throws Exception {
        Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
        java.util.Random random = new java.util.Random(3);
        List<app.rehearse.whiteboard.Shape> shapes = new java.util.ArrayList<>();
        Stencil[] stencils = Stencil.values();
        for (int i = 0; i < 3000; i++) {
            shapes.add(app.rehearse.whiteboard.Shape.stencil(whiteboard.board().newId(),
                    stencils[random.nextInt(stencils.length)],
                    new app.rehearse.whiteboard.Point(random.nextDouble() * 9000, random.nextDouble() * 6000)));
        }
        whiteboard.execute(app.rehearse.whiteboard.Commands.add(shapes));
        show(robot, whiteboard, false, 1000, 650);
        shot(robot, "whiteboard-overview");
    }

    private static javafx.geometry.Point2D at(WhiteboardPane pane, double x, double y) {
        return pane.boardCanvas().canvas().localToScreen(x, y);
    }

    private WhiteboardPane show(FxRobot robot, Whiteboard whiteboard, boolean editable, double w, double h) {
        return show(robot, whiteboard, editable, w, h, app.rehearse.whiteboard.Palette.Theme.LIGHT);
    }

    private WhiteboardPane show(FxRobot robot, Whiteboard whiteboard, boolean editable, double w, double h,
            app.rehearse.whiteboard.Palette.Theme theme) {
        WhiteboardPane[] pane = new WhiteboardPane[1];
        robot.interact(() -> {
            pane[0] = new WhiteboardPane(whiteboard, editable, new AnsweringDialogs().fileToSave(Path.of("target", "unused.png")), UiTasks.sameThread(), theme);
            pane[0].setId("whiteboard");
            stage.setScene(new Scene(pane[0], w, h));
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane[0];
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(100);
        Screenshots.capture(stage, name);
    }
}
