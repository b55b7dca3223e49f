package app.rehearse.ui.whiteboard;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Pixels for the blocks of a crowded, zoomed-out board: thousands of boxes a few pixels wide are
 * written straight into an array and reach the canvas as one image, where each would otherwise be
 * a fill for the renderer to rasterise. Only the area touched is cleared, copied and drawn.
 * Two images take turns, so a frame being rendered is never the one being written.
 */
final class BlockRaster {
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final Map<Color, Integer> argb = new HashMap<>();
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;
    private Color lastColour;
    private int lastArgb;

    /** Starts a frame of {@code width} × {@code height} pixels with nothing in it. */
    void begin(int width, int height) {
        if (width != this.width || height != this.height) {
            this.width = width;
            this.height = height;
            pixels = new int[Math.max(0, width) * Math.max(0, height)];
            images[0] = null;
            images[1] = null;
        } else if (!isEmpty()) {
            for (int y = minY; y < maxY; y++) {
                Arrays.fill(pixels, y * width + minX, y * width + maxX, 0);
            }
        }
        minX = width;
        minY = height;
        maxX = 0;
        maxY = 0;
    }

    /** The premultiplied ARGB value at ({@code x}, {@code y}); for tests. */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    boolean isEmpty() {
        return maxX <= minX || maxY <= minY;
    }

    /** {@code colour} as this raster stores it (premultiplied ARGB), for {@link #fill}. */
    int argb(Color colour) {
        if (colour != lastColour) {
            lastColour = colour;
            lastArgb = argb.computeIfAbsent(colour, BlockRaster::premultiplied);
        }
        return lastArgb;
    }

    /** Fills the screen rectangle from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) with {@link #argb}, over what is there. */
    void fill(double x0, double y0, double x1, double y1, int source) {
        int left = Math.max(0, (int) Math.round(x0));
        int top = Math.max(0, (int) Math.round(y0));
        int right = Math.min(width, Math.max((int) Math.round(x1), (int) Math.round(x0) + 1));
        int bottom = Math.min(height, Math.max((int) Math.round(y1), (int) Math.round(y0) + 1));
        if (right <= left || bottom <= top) {
            return;
        }
        int alpha = source >>> 24;
        for (int y = top; y < bottom; y++) {
            int row = y * width;
            if (alpha == 255) {
                Arrays.fill(pixels, row + left, row + right, source);
            } else {
                for (int i = row + left; i < row + right; i++) {
                    pixels[i] = over(source, alpha, pixels[i]);
                }
            }
        }
        minX = Math.min(minX, left);
        minY = Math.min(minY, top);
        maxX = Math.max(maxX, right);
        maxY = Math.max(maxY, bottom);
    }

    /**
     * A one-pixel line from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), smoothed by sharing
     * each step between the two pixels it falls between (Wu's method).
     */
    void line(double x0, double y0, double x1, double y1, Color colour) {
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        double a0 = steep ? y0 : x0;
        double b0 = steep ? x0 : y0;
        double a1 = steep ? y1 : x1;
        double b1 = steep ? x1 : y1;
        if (a0 > a1) {
            double t = a0;
            a0 = a1;
            a1 = t;
            t = b0;
            b0 = b1;
            b1 = t;
        }
        double gradient = a1 == a0 ? 0 : (b1 - b0) / (a1 - a0);
        int limit = (steep ? height : width) - 1;
        int first = (int) Math.max(0, Math.round(a0));
        int last = (int) Math.min(limit, Math.round(a1));
        if (first > last) {
            return;
        }
        int source = argb(colour);
        for (int a = first; a <= last; a++) {
            double b = b0 + gradient * (a - a0);
            int low = (int) Math.floor(b);
            double share = b - low;
            if (steep) {
                plot(low, a, source, 1 - share);
                plot(low + 1, a, source, share);
            } else {
                plot(a, low, source, 1 - share);
                plot(a, low + 1, source, share);
            }
        }
    }

    private void plot(int x, int y, int source, double coverage) {
        if (x < 0 || y < 0 || x >= width || y >= height || coverage <= 0) {
            return;
        }
        int scaled = scale(source, coverage);
        int i = y * width + x;
        pixels[i] = over(scaled, scaled >>> 24, pixels[i]);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x + 1);
        maxY = Math.max(maxY, y + 1);
    }

    /** A premultiplied colour at {@code coverage} of its strength. */
    private static int scale(int colour, double coverage) {
        int f = (int) Math.round(coverage * 256);
        return ((colour >>> 24) * f >> 8) << 24 | (((colour >> 16) & 0xff) * f >> 8) << 16
                | (((colour >> 8) & 0xff) * f >> 8) << 8 | ((colour & 0xff) * f >> 8);
    }

    /** Draws what was filled at the canvas's own pixels; {@code gc} must carry no transform. */
    void drawTo(GraphicsContext gc) {
        if (isEmpty()) {
            return;
        }
        WritableImage image = images[next];
        if (image == null) {
            image = new WritableImage(width, height);
            images[next] = image;
        }
        next = 1 - next;
        int w = maxX - minX;
        int h = maxY - minY;
        image.getPixelWriter().setPixels(minX, minY, w, h, FORMAT, pixels, minY * width + minX, width);
        gc.drawImage(image, minX, minY, w, h, minX, minY, w, h);
    }

    /** Source over destination, both premultiplied. */
    private static int over(int source, int alpha, int destination) {
        int keep = 255 - alpha;
        int a = alpha + ((destination >>> 24) * keep + 127) / 255;
        int r = ((source >> 16) & 0xff) + (((destination >> 16) & 0xff) * keep + 127) / 255;
        int g = ((source >> 8) & 0xff) + (((destination >> 8) & 0xff) * keep + 127) / 255;
        int b = (source & 0xff) + ((destination & 0xff) * keep + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int premultiplied(Color c) {
        double a = c.getOpacity();
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8 | (int) Math.round(c.getBlue() * a * 255);
    }
}
