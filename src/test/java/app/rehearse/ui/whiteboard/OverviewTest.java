package app.rehearse.ui.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.ShapeId;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.Viewport;
import org.junit.jupiter.api.Test;

class OverviewTest {
    private static final double ZOOM = 0.29;
    private final Overview overview = new Overview();
    private final Shape circle = Shape.stencil(new ShapeId("lb"), Stencil.LOAD_BALANCER, new Point(0, 0));
    private final Shape text = Shape.text(new ShapeId("t"), new Rect(0, 0, 90, 24), "Read path", Style.DEFAULT);

    @Test
    void onASparseBoardAZoomedOutCircleAndItsTextAreDrawnAsThemselves() {
        overview.startFrame(new Viewport(ZOOM, 0, 0), 12, 800, 600);

        assertThat(overview.takes(circle, ZOOM)).as("a 29 px circle").isFalse();
        assertThat(overview.takes(text, ZOOM)).as("a line of text").isFalse();
        assertThat(overview.takes(circle, 0.05)).as("a 5 px circle is only a dot").isTrue();
    }

    @Test
    void onACrowdedBoardSmallShapesBecomeBlocks() {
        overview.startFrame(new Viewport(ZOOM, 0, 0), Overview.CROWDED_FROM, 800, 600);

        assertThat(overview.takes(circle, ZOOM)).isTrue();
        assertThat(overview.takes(text, ZOOM)).isTrue();
    }
}
