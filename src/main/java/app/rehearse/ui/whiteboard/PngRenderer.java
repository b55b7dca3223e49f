package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Viewport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
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
    /** Small enough that rendering one costs a few milliseconds of a pulse. */
    private static final int STEP_TILE = 256;

    private PngRenderer() {}

    /** The image's size for {@code board}: its content at 100% (or scaled down to the cap) plus the margins. */
    static int[] size(Board board) {
        Rect content = board.contentBounds().orElse(new Rect(0, 0, 0, 0));
        double scale = scale(content);
        return new int[] {(int) Math.ceil(content.width() * scale + 2 * MARGIN),
                (int) Math.ceil(content.height() * scale + 2 * MARGIN)};
    }

    /** The whole picture at once; for small boards and tools. A session's board goes through {@link #renderInSteps}. */
    static BufferedImage render(Board board, BoardPainter painter) {
        Tiles tiles = new Tiles(board, painter, MAX_PIXELS, TILE);
        while (tiles.next()) {
            // one tile after another, all now
        }
        return tiles.image;
    }

    /**
     * Renders the picture one tile per pulse, so the window keeps drawing while a large board is
     * exported: no pulse waits for more than one small tile. Call on the FX thread; {@code done}
     * runs there with the finished picture.
     *
     * @param maxPixels a larger drawing is scaled down to about this many pixels
     */
    static void renderInSteps(Board board, BoardPainter painter, double maxPixels, Consumer<BufferedImage> done) {
        Tiles tiles = new Tiles(board, painter, maxPixels, STEP_TILE);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!tiles.next()) {
                    stop();
                    done.accept(tiles.image);
                }
            }
        }.start();
    }

    /** The picture being built, tile by tile, left to right and top to bottom. */
    private static final class Tiles {
        private final Board board;
        private final BoardPainter painter;
        private final BufferedImage image;
        private final Canvas tile;
        private final SnapshotParameters parameters = new SnapshotParameters();
        private final WritableImage pixels;
        private final int[] row;
        private final Rect content;
        private final double scale;
        private final int size;
        private int tx;
        private int ty;

        Tiles(Board board, BoardPainter painter, double maxPixels, int size) {
            this.board = board;
            this.painter = painter;
            this.size = size;
            content = board.contentBounds().orElse(new Rect(0, 0, 0, 0));
            scale = scale(content, maxPixels);
            int width = (int) Math.ceil(content.width() * scale + 2 * MARGIN);
            int height = (int) Math.ceil(content.height() * scale + 2 * MARGIN);
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            tile = new Canvas(Math.min(size, width), Math.min(size, height));
            parameters.setFill(Color.WHITE);
            pixels = new WritableImage((int) tile.getWidth(), (int) tile.getHeight());
            row = new int[(int) tile.getWidth() * (int) tile.getHeight()];
        }

        /** Renders the next tile; false once the picture is complete. */
        boolean next() {
            if (ty >= image.getHeight()) {
                return false;
            }
            Viewport viewport = new Viewport(scale, MARGIN - content.x() * scale - tx, MARGIN - content.y() * scale - ty);
            painter.paint(tile.getGraphicsContext2D(), board, viewport, tile.getWidth(), tile.getHeight(), Preview.NONE,
                    false, Optional.empty());
            tile.snapshot(parameters, pixels);
            int w = Math.min((int) tile.getWidth(), image.getWidth() - tx);
            int h = Math.min((int) tile.getHeight(), image.getHeight() - ty);
            pixels.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), row, 0, w);
            image.setRGB(tx, ty, w, h, row, 0, w);
            tx += size;
            if (tx >= image.getWidth()) {
                tx = 0;
                ty += size;
            }
            return true;
        }
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
        return scale(content, MAX_PIXELS);
    }

    private static double scale(Rect content, double maxPixels) {
        double area = (content.width() + 2 * MARGIN) * (content.height() + 2 * MARGIN);
        double scale = area > maxPixels ? Math.sqrt(maxPixels / area) : 1;
        return Math.max(Viewport.MIN_SCALE, scale);
    }
}
