package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Viewport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Renders the whole drawing (not just what the view shows) at 100% on white with a margin, tile by
 * tile through a small offscreen canvas so a large board never needs one huge texture, and encodes
 * it as PNG with javax.imageio. Must run on the FX thread (snapshots do).
 */
final class PngRenderer {
    /** Pixels of white around the drawing. */
    static final double MARGIN = 40;
    /** A board bigger than this many pixels is exported scaled down to it. */
    static final double MAX_PIXELS = 36e6;
    private static final int TILE = 1024;

    private PngRenderer() {}

    /** The image's size for {@code board}: its content at 100% (or scaled down to the cap) plus the margins. */
    static int[] size(Board board) {
        Rect content = board.contentBounds().orElse(new Rect(0, 0, 0, 0));
        double scale = scale(content);
        return new int[] {(int) Math.ceil(content.width() * scale + 2 * MARGIN),
                (int) Math.ceil(content.height() * scale + 2 * MARGIN)};
    }

    static BufferedImage render(Board board, BoardPainter painter) {
        Rect content = board.contentBounds().orElse(new Rect(0, 0, 0, 0));
        double scale = scale(content);
        int[] size = size(board);
        int width = size[0];
        int height = size[1];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Canvas tile = new Canvas(Math.min(TILE, width), Math.min(TILE, height));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage pixels = new WritableImage((int) tile.getWidth(), (int) tile.getHeight());
        int[] row = new int[(int) tile.getWidth() * (int) tile.getHeight()];
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                Viewport viewport = new Viewport(scale, MARGIN - content.x() * scale - tx,
                        MARGIN - content.y() * scale - ty);
                painter.paint(tile.getGraphicsContext2D(), board, viewport, tile.getWidth(), tile.getHeight(),
                        Preview.NONE, false, Optional.empty());
                tile.snapshot(parameters, pixels);
                int w = Math.min((int) tile.getWidth(), width - tx);
                int h = Math.min((int) tile.getHeight(), height - ty);
                pixels.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), row, 0, w);
                image.setRGB(tx, ty, w, h, row, 0, w);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return out.toByteArray();
    }

    private static double scale(Rect content) {
        double area = (content.width() + 2 * MARGIN) * (content.height() + 2 * MARGIN);
        double scale = area > MAX_PIXELS ? Math.sqrt(MAX_PIXELS / area) : 1;
        return Math.max(Viewport.MIN_SCALE, scale);
    }
}
