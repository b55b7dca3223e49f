package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void aRectangleDraggedInAnyDirectionIsNormalised() {
        assertThat(Rect.spanning(new Point(50, 40), new Point(10, 100))).isEqualTo(new Rect(10, 40, 40, 60));
    }

    @Test
    void rectanglesRefuseNegativeSizesAndNonFiniteNumbers() {
        assertThatThrownBy(() -> new Rect(0, 0, -1, 5)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Rect(Double.NaN, 0, 1, 5)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Point(0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    @Test
    void touchingEdgesCountAsIntersectingAndContainment() {
        Rect r = new Rect(0, 0, 10, 10);
        assertThat(r.intersects(new Rect(10, 10, 5, 5))).isTrue();
        assertThat(r.intersects(new Rect(10.001, 0, 5, 5))).isFalse();
        assertThat(r.contains(new Point(10, 0))).isTrue();
        assertThat(r.contains(new Rect(0, 0, 10, 10))).isTrue();
        assertThat(r.inflate(2)).isEqualTo(new Rect(-2, -2, 14, 14));
        assertThat(r.inflate(-20)).isEqualTo(new Rect(5, 5, 0, 0));
    }

    @Test
    void theBoxAroundPointsIsTheirExtremes() {
        assertThat(Rect.around(List.of(new Point(3, 9), new Point(-1, 4), new Point(2, 12))))
                .isEqualTo(new Rect(-1, 4, 4, 8));
    }

    @Test
    void distanceToASegmentIsMeasuredToItsNearestPointNotToTheInfiniteLine() {
        Point a = new Point(0, 0);
        Point b = new Point(10, 0);
        assertThat(Geometry.distanceToSegment(new Point(5, 3), a, b)).isEqualTo(3);
        assertThat(Geometry.distanceToSegment(new Point(13, 4), a, b)).isEqualTo(5);
        assertThat(Geometry.distanceToSegment(new Point(3, 4), a, a)).isEqualTo(5);
    }

    @Test
    void aSegmentEntersABoxWhereItFirstCrossesItsEdge() {
        Rect box = new Rect(10, -5, 10, 10);
        assertThat(Geometry.rectEntry(new Point(0, 0), new Point(15, 0), box)).isCloseTo(10.0 / 15, within(1e-12));
        assertThat(Geometry.rectEntry(new Point(0, 20), new Point(5, 20), box)).isEqualTo(-1);
        assertThat(Geometry.rectEntry(new Point(12, 0), new Point(15, 0), box)).isZero();
    }

    @Test
    void aSegmentMeetsAnEllipseOnItsCurve() {
        Rect circle = new Rect(-10, -10, 20, 20);
        double t = Geometry.ellipseEntry(new Point(-30, 0), new Point(0, 0), circle);
        assertThat(Geometry.lerp(new Point(-30, 0), new Point(0, 0), t).x()).isCloseTo(-10, within(1e-9));
        assertThat(Geometry.ellipseEntry(new Point(-30, 30), new Point(-20, 30), circle)).isEqualTo(-1);
        assertThat(Geometry.ellipseContains(circle, new Point(9, 9), 0)).isFalse();
        assertThat(Geometry.ellipseContains(circle, new Point(7, 7), 0)).isTrue();
    }
}
