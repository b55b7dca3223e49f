package app.rehearse.ui.whiteboard;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.BankSources;
import app.rehearse.bank.QuestionBank;
import app.rehearse.whiteboard.Board;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a check: renders every shipped reference diagram with the app's own PNG renderer to
 * target/screenshots/reference/ID.png, to look at each one. Run with -Dscreenshots=true.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReferenceDiagramTour {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void renderEveryReferenceDiagram(FxRobot robot) throws Exception {
        QuestionBank bank = new BankLoader().load(BankSources.shipped());
        Path out = Files.createDirectories(Path.of("target", "screenshots", "reference"));
        for (var q : bank.questions()) {
            var diagram = bank.referenceDiagram(q.id());
            if (diagram.isEmpty()) {
                continue;
            }
            Board board = new Board();
            board.apply(app.rehearse.whiteboard.Delta.adding(diagram.get().shapes()));
            Callable<byte[]>[] png = new Callable[1];
            robot.interact(() -> {
                var image = PngRenderer.render(board, new BoardPainter(app.rehearse.whiteboard.Palette.Theme.LIGHT));
                png[0] = () -> PngRenderer.encode(image);
            });
            Files.write(out.resolve(q.id() + ".png"), png[0].call());
        }
    }
}
