package app.rehearse.ui.whiteboard;

import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Viewport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
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
        return tiles.picture().assemble();
    }

    /**
     * Renders the picture one tile per pulse, so the window keeps drawing while a large board is
     * exported: no pulse waits for more than one small tile. Call on the FX thread; {@code done}
     * runs there with the finished tiles, which {@link TiledPicture#assemble} turns into one image on
     * a background thread (a picture at the cap is a 144 MB allocation, a freeze of its own on the FX thread).
     *
     * @param maxPixels a larger drawing is scaled down to about this many pixels
     */
    static void renderInSteps(Board board, BoardPainter painter, double maxPixels, Consumer<TiledPicture> done) {
        Tiles tiles = new Tiles(board, painter, maxPixels, STEP_TILE);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!tiles.next()) {
                    stop();
                    done.accept(tiles.picture());
                }
            }
        }.start();
    }

    /** A rendered picture as its tiles' pixels; {@link #assemble} makes the image, on any thread. */
    static final class TiledPicture {
        private final int width;
        private final int height;
        private final List<Tile> tiles;

        private TiledPicture(int width, int height, List<Tile> tiles) {
            this.width = width;
            this.height = height;
            this.tiles = tiles;
        }

        /** The whole image; each tile's pixels are let go once copied, so the two are not held in full at once. */
        BufferedImage assemble() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (ListIterator<Tile> each = tiles.listIterator(); each.hasNext(); ) {
                Tile tile = each.next();
                image.setRGB(tile.x(), tile.y(), tile.width(), tile.height(), tile.argb(), 0, tile.width());
                each.set(null);
            }
            return image;
        }

        /** The picture as PNG bytes; assembles and encodes it, so call it off the FX thread. */
        byte[] png() {
            return encode(assemble());
        }
    }

    private record Tile(int x, int y, int width, int height, int[] argb) {
    }

    /** The picture being built, tile by tile, left to right and top to bottom. */
    private static final class Tiles {
        private final Board board;
        private final BoardPainter painter;
        private final int width;
        private final int height;
        private final List<Tile> done = new ArrayList<>();
        private final Canvas tile;
        private final SnapshotParameters parameters = new SnapshotParameters();
        private final WritableImage pixels;
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
            width = (int) Math.ceil(content.width() * scale + 2 * MARGIN);
            height = (int) Math.ceil(content.height() * scale + 2 * MARGIN);
            tile = new Canvas(Math.min(size, width), Math.min(size, height));
            parameters.setFill(Color.WHITE);
            pixels = new WritableImage((int) tile.getWidth(), (int) tile.getHeight());
        }

        TiledPicture picture() {
            return new TiledPicture(width, height, done);
        }

        /** Renders the next tile; false once the picture is complete. */
        boolean next() {
            if (ty >= height) {
                return false;
            }
            Viewport viewport = new Viewport(scale, MARGIN - content.x() * scale - tx, MARGIN - content.y() * scale - ty);
            painter.paint(tile.getGraphicsContext2D(), board, viewport, tile.getWidth(), tile.getHeight(), Preview.NONE,
                    false, Optional.empty());
            tile.snapshot(parameters, pixels);
            int w = Math.min((int) tile.getWidth(), width - tx);
            int h = Math.min((int) tile.getHeight(), height - ty);
            int[] argb = new int[w * h];
            pixels.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            done.add(new Tile(tx, ty, w, h, argb));
            tx += size;
            if (tx >= width) {
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
