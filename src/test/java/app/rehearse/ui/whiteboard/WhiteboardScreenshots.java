package app.rehearse.ui.whiteboard;

import app.rehearse.ui.Screenshots;
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

/** Not a check: saves target/screenshots/whiteboard-*.png of a sample diagram at several widths. Run with -Dscreenshots=true. */
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

        Path png = Path.of("target", "screenshots", "whiteboard-export.png");
        Files.createDirectories(png.getParent());
        WaitForAsyncUtils.asyncFx(() -> {
            pane.exportPng(png);
            return null;
        }).get();
    }

    private WhiteboardPane show(FxRobot robot, Whiteboard whiteboard, boolean editable, double w, double h) {
        WhiteboardPane[] pane = new WhiteboardPane[1];
        robot.interact(() -> {
            pane[0] = new WhiteboardPane(whiteboard, editable, PngExport.to(Path.of("target", "unused.png")));
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
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), name)).get();
    }
}
