package app.rehearse.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a scene shows as a PNG, so a person can look at a screen produced by a test run. */
public final class Screenshots {
    private Screenshots() {}

    /**
     * Saves what the window shows once the FX events queued so far have run; call it from the test's thread. The
     * scene is read on the FX thread, the PNG written on this one.
     */
    public static Path capture(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage shown = WaitForAsyncUtils.asyncFx(() -> pixels(window.getScene())).get();
        Path file = Path.of("target", "screenshots").resolve(name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(shown, "png", file.toFile());
        return file;
    }

    private static BufferedImage pixels(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
