package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrawingAidsTest {

    @Test
    void smoothingKeepsTheEndsDropsJitterAndUsesFewerPoints() {
        Random r = new Random(3);
        List<Point> raw = new ArrayList<>();
        for (int i = 0; i <= 400; i++) {
            raw.add(new Point(i, 50 * Math.sin(i / 40.0) + r.nextGaussian()));
        }

        List<Point> smooth = StrokeSmoothing.smooth(raw);

        assertThat(smooth.get(0)).isEqualTo(raw.get(0));
        assertThat(smooth.get(smooth.size() - 1)).isEqualTo(raw.get(raw.size() - 1));
        assertThat(smooth.size()).isLessThan(raw.size() / 2);
        assertThat(turning(smooth)).isLessThan(turning(raw) / 4);
        for (Point p : smooth) {
            assertThat(Math.abs(p.y() - 50 * Math.sin(p.x() / 40.0))).isLessThan(5.0);
        }
        for (Point p : smooth.subList(1, smooth.size() - 1)) {
            assertThat(String.valueOf(p.x()).length()).as("rounded to hundredths: %s", p).isLessThan(10);
        }
    }

    @Test
    void tinyStrokesAreKeptAsTheyAre() {
        List<Point> dot = List.of(new Point(1, 1));
        assertThat(StrokeSmoothing.smooth(dot)).isEqualTo(dot);
        List<Point> line = List.of(new Point(0, 0), new Point(3, 3));
        assertThat(StrokeSmoothing.smooth(line)).isEqualTo(line);
        assertThat(StrokeSmoothing.smooth(List.of(new Point(0, 0), new Point(0.5, 0), new Point(1, 0))))
                .containsExactly(new Point(0, 0), new Point(1, 0));
    }

    private static double turning(List<Point> points) {
        double total = 0;
        for (int i = 2; i < points.size(); i++) {
            double a = Math.atan2(points.get(i - 1).y() - points.get(i - 2).y(), points.get(i - 1).x() - points.get(i - 2).x());
            double b = Math.atan2(points.get(i).y() - points.get(i - 1).y(), points.get(i).x() - points.get(i - 1).x());
            double d = Math.abs(b - a);
            total += Math.min(d, 2 * Math.PI - d);
        }
        return total;
    }

    @Test
    void theGridSnapsPositionsAndCorners() {
        Grid grid = Grid.DEFAULT;

        assertThat(grid.snap(new Point(29, 31))).isEqualTo(new Point(20, 40));
        assertThat(grid.snapPosition(new Rect(11, 9, 33, 7))).isEqualTo(new Rect(20, 0, 33, 7));
        assertThat(grid.snapCorners(new Rect(11, 9, 33, 3))).isEqualTo(new Rect(20, 0, 20, 20));
        assertThat(grid.snapDrag(new Rect(5, 5, 10, 10), 18, 0)).isEqualTo(new Point(15, -5));
    }

    @Test
    void zoomingKeepsThePointUnderThePointerStill() {
        Viewport view = Viewport.IDENTITY.panBy(100, 50);
        Point pointer = new Point(400, 300);
        Point boardUnderPointer = view.toBoard(pointer);

        Viewport zoomed = view.zoomAt(Viewport.ZOOM_STEP, pointer);

        assertThat(zoomed.scale()).isEqualTo(1.2);
        assertThat(zoomed.toScreen(boardUnderPointer).distanceTo(pointer)).isLessThan(1e-9);
        assertThat(zoomed.zoomPercent()).isEqualTo("120%");
        assertThat(view.zoomAt(1000, pointer).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(view.zoomAt(0.0001, pointer).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void theVisibleAreaIsWhatTheViewShowsOfTheBoard() {
        Viewport view = new Viewport(2, -200, -100);

        assertThat(view.visibleArea(1920, 1080)).isEqualTo(new Rect(100, 50, 960, 540));
        assertThat(view.toBoardDistance(6)).isEqualTo(3);
    }

    @Test
    void zoomToFitShowsEverythingCentredWithoutBlowingUpSmallDiagrams() {
        Rect content = new Rect(0, 0, 4000, 1000);
        Viewport fit = Viewport.fit(content, 1000, 800, 50);

        assertThat(fit.scale()).isCloseTo(900.0 / 4000, within(1e-12));
        Rect visible = fit.visibleArea(1000, 800);
        assertThat(visible.contains(content)).isTrue();
        assertThat(visible.centre().distanceTo(content.centre())).isLessThan(1e-9);
        assertThat(Viewport.fit(new Rect(0, 0, 10, 10), 1000, 800, 50).scale()).isEqualTo(1);
    }
}
