package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShapeTest {
    private static final ShapeId ID = new ShapeId("s1");

    @Test
    void aPenStrokeIsBoundedByItsPoints() {
        Shape pen = Shape.pen(ID, List.of(new Point(5, 5), new Point(-5, 20), new Point(15, 10)), Style.DEFAULT);

        assertThat(pen.bounds()).isEqualTo(new Rect(-5, 5, 20, 15));
        assertThat(pen.withPoints(List.of(new Point(1, 1))).bounds()).isEqualTo(new Rect(1, 1, 0, 0));
    }

    @Test
    void theBoundsOfStrokesAndArrowsCannotBeSetApartFromTheirPoints() {
        Shape arrow = Shape.arrow(ID, new Point(0, 0), new Point(10, 10), Style.DEFAULT);

        assertThat(arrow.bounds()).isEqualTo(new Rect(0, 0, 10, 10));
        assertThatThrownBy(() -> arrow.withBounds(new Rect(0, 0, 1, 1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachKindKeepsItsOwnFieldsOnly() {
        assertThatThrownBy(() -> Shape.arrow(ID, new Point(0, 0), new Point(1, 1), Style.DEFAULT)
                .withPoints(List.of(new Point(0, 0)))).hasMessageContaining("exactly two points");
        assertThatThrownBy(() -> Shape.pen(ID, List.of(), Style.DEFAULT)).hasMessageContaining("at least one point");
        assertThatThrownBy(() -> Shape.rectangle(ID, new Rect(0, 0, 1, 1), Style.DEFAULT)
                .withAttachments(Optional.of(Attachment.centreOf(new ShapeId("s2"))), Optional.empty()))
                .hasMessageContaining("only arrows attach");
        assertThatThrownBy(() -> Shape.arrow(ID, new Point(0, 0), Optional.of(Attachment.centreOf(ID)),
                new Point(1, 1), Optional.empty(), Style.DEFAULT)).hasMessageContaining("itself");
    }

    @Test
    void aDroppedStencilIsNamedSizedAndColouredForItsComponent() {
        Shape db = Shape.stencil(ID, Stencil.DATABASE, new Point(100, 100));

        assertThat(db.kind()).isEqualTo(ShapeKind.STENCIL);
        assertThat(db.label()).isEqualTo("Database");
        assertThat(db.bounds()).isEqualTo(new Rect(40, 50, 120, 100));
        assertThat(db.style().fill()).isEqualTo(Palette.GREEN);
        assertThat(Stencil.EXTERNAL_API.defaultStyle().pattern()).isEqualTo(StrokePattern.DASHED);
    }

    @Test
    void thePaletteOffersThirteenDistinctSystemComponents() {
        assertThat(Stencil.values()).hasSize(13);
        Set<String> ids = Arrays.stream(Stencil.values()).map(Stencil::id).collect(Collectors.toSet());
        Set<String> names = Arrays.stream(Stencil.values()).map(Stencil::displayName).collect(Collectors.toSet());
        assertThat(ids).hasSize(13);
        assertThat(names).contains("Client", "Mobile app", "Load balancer", "API gateway", "Service", "Database",
                "Cache", "Queue / stream", "Object storage", "CDN", "Search index", "Worker", "External API");
        for (Stencil s : Stencil.values()) {
            assertThat(Stencil.fromId(s.id())).contains(s);
        }
    }

    @Test
    void everyColourHasStrokeAndFillShadesForBothThemes() {
        for (Palette colour : Palette.values()) {
            for (Palette.Theme theme : Palette.Theme.values()) {
                assertThat(colour.strokeHex(theme)).matches("#[0-9a-f]{6}([0-9a-f]{2})?");
                assertThat(colour.fillHex(theme)).matches("#[0-9a-f]{6}([0-9a-f]{2})?");
            }
            assertThat(Palette.fromId(colour.id())).contains(colour);
        }
        assertThat(Palette.INK.strokeHex(Palette.Theme.LIGHT)).isNotEqualTo(Palette.INK.strokeHex(Palette.Theme.DARK));
        assertThatThrownBy(() -> Style.DEFAULT.withStroke(Palette.NONE)).hasMessageContaining("only fills");
    }

    @Test
    void anAnchorIsWhereOnTheShapeTheArrowAimsAndFollowsResizing() {
        Rect box = new Rect(0, 0, 100, 50);
        Anchor anchor = Anchor.at(box, new Point(25, 60));

        assertThat(anchor).isEqualTo(new Anchor(0.25, 1));
        assertThat(anchor.on(new Rect(100, 100, 200, 100))).isEqualTo(new Point(150, 200));
    }
}
