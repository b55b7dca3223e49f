package app.rehearse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Level;
import app.rehearse.ui.common.AnsweringDialogs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, RehearseAppExtension.class})
class SettingsUiTest {

    @Test
    void darkTurnsTheWindowAndTheBoardDarkAndSurvivesARestart(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        assertThat(root(app).getStyleClass()).as("light on a machine that does not say it is dark")
                .doesNotContain("theme-dark");
        robot.clickOn("#settingsButton");
        robot.clickOn("#themeChoice").clickOn("Dark");

        assertThat(root(app).getStyleClass()).contains("theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        Path settings = app.home().resolve("settings.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(settings)
                && Files.readString(settings).contains("\"theme\" : \"dark\""));
        robot.clickOn("Close");

        UiActions.startSession(robot, "system-design");
        assertThat(boardBackground(robot)).as("the board's canvas is dark too").satisfies(c -> assertThat(c.getBrightness())
                .isLessThan(0.2));
        robot.clickOn("#toolRect");
        UiActions.dragOnBoard(robot, 60, 60, 200, 140);
        assertThat(exportedCorner(robot, app, "light.png").getBrightness()).as("exported pictures stay light")
                .isGreaterThan(0.95);

        app.restart();
        assertThat(root(app).getStyleClass()).as("kept after a restart").contains("theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("#settingsButton");
        robot.clickOn("#themeChoice").clickOn("Light");
        assertThat(root(app).getStyleClass()).doesNotContain("theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        robot.clickOn("Close");
    }

    @Test
    void textSizeLevelSoundAndTheDataFolderAreSettingsToo(FxRobot robot, RunningApp app) throws Exception {
        app.start();
        robot.clickOn("#settingsButton");
        assertThat(robot.lookup("#dataFolderPath").queryAs(TextField.class).getText())
                .isEqualTo(app.home().toAbsolutePath().toString());
        assertThat(root(app).getStyle()).as("the theme's own text size needs no inline style").isEmpty();
        robot.clickOn("#textSizeChoice").clickOn("125%");
        assertThat(root(app).getStyle()).isEqualTo("-fx-font-size: 17.5px;");
        robot.clickOn("#textSizeChoice").clickOn("100%");
        assertThat(root(app).getStyle()).isEmpty();
        robot.clickOn("#textSizeChoice").clickOn("150%");
        assertThat(root(app).getStyle()).isEqualTo("-fx-font-size: 21.0px;");
        robot.clickOn("#settingsSoundCheck");
        robot.clickOn("#defaultLevelChoice").clickOn("staff");
        Path settings = app.home().resolve("settings.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(settings)
                && Files.readString(settings).contains("\"gradeLevel\" : \"staff\""));
        assertThat(Files.readString(settings)).contains("\"textSize\" : \"150\"", "\"sound\" : true");
        if (Boolean.getBoolean("screenshots")) {
            Screenshots.capture(robot.lookup("#settingsDialog").query().getScene().getWindow(), "settings-150");
        }
        robot.clickOn("Close");

        assertThat(app.services().planSettingsReady().join().gradeLevel()).hasValue(Level.STAFF);
        UiActions.startSession(robot, "trade-off");
        UiActions.finishNow(robot);
        assertThat(robot.lookup("#gradeLevelChoice").queryAs(ChoiceBox.class).getValue())
                .as("a first grade starts at the level chosen in Settings").isEqualTo(Level.STAFF);
    }

    @Test
    void picturesAreDarkTooOnlyWhenAskedFor(FxRobot robot, RunningApp app) throws Exception {
        Files.writeString(app.home().resolve("settings.json"), "{\"version\": 1, \"theme\": \"dark\", \"darkPictures\": true}");
        app.start();
        UiActions.startSession(robot, "system-design");
        robot.clickOn("#toolRect");
        UiActions.dragOnBoard(robot, 60, 60, 200, 140);
        assertThat(exportedCorner(robot, app, "dark.png").getBrightness()).isLessThan(0.2);
    }

    /** Exports the session's board through its toolbar and reads the picture's top-left pixel. */
    private static Color exportedCorner(FxRobot robot, RunningApp app, String name) throws Exception {
        Path png = app.home().resolve(name);
        app.useDialogs(new AnsweringDialogs().fileToSave(png));
        robot.clickOn("#exportPngButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        int rgb = image.getRGB(2, 2);
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static Node root(RunningApp app) {
        return app.stage().getScene().getRoot();
    }

    private static Color boardBackground(FxRobot robot) throws Exception {
        Canvas canvas = robot.lookup("#boardCanvas").queryAs(Canvas.class);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        return image.getPixelReader().getColor((int) image.getWidth() - 5, (int) image.getHeight() - 5);
    }
}
