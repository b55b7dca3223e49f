package app.rehearse.ui.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class BlockRasterTest {
    private static final int OPAQUE_RED = 0xffff0000;

    private final BlockRaster raster = new BlockRaster();

    @Test
    void aFillCoversItsRoundedRectangleAndNothingElse() {
        raster.begin(20, 10);
        raster.fill(2.4, 3.6, 5.5, 6.2, raster.argb(Color.RED));

        assertThat(raster.pixel(2, 4)).isEqualTo(OPAQUE_RED);
        assertThat(raster.pixel(5, 5)).isEqualTo(OPAQUE_RED);
        assertThat(raster.pixel(1, 4)).isZero();
        assertThat(raster.pixel(6, 4)).isZero();
        assertThat(raster.pixel(2, 3)).isZero();
        assertThat(raster.pixel(2, 6)).isZero();
    }

    @Test
    void aBlockSmallerThanAPixelStillShowsAsOne() {
        raster.begin(10, 10);
        raster.fill(4.1, 4.1, 4.2, 4.2, raster.argb(Color.RED));

        assertThat(raster.pixel(4, 4)).isEqualTo(OPAQUE_RED);
        assertThat(raster.isEmpty()).isFalse();
    }

    @Test
    void aTranslucentFillIsBlendedOverWhatIsThere() {
        raster.begin(4, 4);
        raster.fill(0, 0, 4, 4, raster.argb(Color.BLUE));
        raster.fill(0, 0, 2, 2, raster.argb(Color.RED.deriveColor(0, 1, 1, 0.5)));

        int blended = raster.pixel(0, 0);
        assertThat(blended >>> 24).isEqualTo(255);
        assertThat((blended >> 16) & 0xff).isBetween(126, 129);
        assertThat(blended & 0xff).isBetween(126, 129);
        assertThat(raster.pixel(3, 3)).isEqualTo(0xff0000ff);
    }

    @Test
    void aNewFrameStartsClear() {
        raster.begin(8, 8);
        raster.fill(1, 1, 7, 7, raster.argb(Color.RED));
        raster.begin(8, 8);

        assertThat(raster.isEmpty()).isTrue();
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertThat(raster.pixel(x, y)).isZero();
            }
        }
    }

    @Test
    void aLineLightsAPixelOrTwoAtEveryStepAlongItsLongerAxis() {
        raster.begin(40, 40);
        raster.line(2, 3, 30, 17, Color.BLACK);

        for (int x = 2; x <= 30; x++) {
            int column = 0;
            for (int y = 0; y < 40; y++) {
                column += raster.pixel(x, y) >>> 24;
            }
            assertThat(column).as("coverage in column %d", x).isBetween(250, 256);
        }
        assertThat(raster.pixel(35, 20)).isZero();
    }

    @Test
    void linesAndFillsFarOutsideTheCanvasAreClippedAway() {
        raster.begin(10, 10);
        raster.line(-5_000, -3_000, -4_000, 9_000_000, Color.BLACK);
        raster.fill(50, 50, 90, 90, raster.argb(Color.RED));
        raster.fill(-90, -90, -50, -50, raster.argb(Color.RED));

        assertThat(raster.isEmpty()).isTrue();
    }
}
