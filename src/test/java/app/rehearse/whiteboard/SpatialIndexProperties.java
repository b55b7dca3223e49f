package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpatialIndexProperties {

    @Provide
    Arbitrary<List<Long>> edits() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<Double> cellSizes() {
        return Arbitraries.of(8.0, 50.0, 128.0, 1000.0);
    }

    private static Board editedBoard(List<Long> seeds, double cellSize) {
        Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
        for (long seed : seeds) {
            Random r = new Random(seed);
            whiteboard.execute(RandomEdits.next(whiteboard.board(), r));
            if (r.nextInt(5) == 0) {
                whiteboard.undo();
            }
        }
        // The same shapes indexed with another cell size, to cover oversized shapes and many cells per shape.
        Board rebuilt = new Board(new SpatialIndex(cellSize));
        rebuilt.apply(Delta.adding(whiteboard.board().shapes()));
        return cellSize == SpatialIndex.DEFAULT_CELL_SIZE ? whiteboard.board() : rebuilt;
    }

    /** The arrow's path routed afresh, not from the board's cache. */
    private static ArrowPath freshPath(Board board, Shape s) {
        return s.kind() == ShapeKind.ARROW ? ArrowRouting.route(s, id -> board.shape(id).orElse(null)) : null;
    }

    private static Rect exactExtent(Board board, Shape s) {
        return s.kind() == ShapeKind.ARROW ? freshPath(board, s).extent() : s.bounds();
    }

    @Property(tries = 200)
    void hitTestFindsTheSameShapeAsALinearScanFromTheTop(@ForAll("edits") List<Long> seeds,
            @ForAll("cellSizes") double cellSize, @ForAll long probeSeed) {
        Board board = editedBoard(seeds, cellSize);
        Random r = new Random(probeSeed);
        List<Shape> shapes = board.shapes();
        for (int i = 0; i < 40; i++) {
            Point p = i % 2 == 0 || shapes.isEmpty() ? new Point(RandomEdits.coordinate(r), RandomEdits.coordinate(r))
                    : exactExtent(board, shapes.get(r.nextInt(shapes.size()))).pointAt(r.nextDouble(), r.nextDouble());
            double tolerance = r.nextDouble() * 8;
            Optional<Shape> linear = Optional.empty();
            for (int k = shapes.size() - 1; k >= 0 && linear.isEmpty(); k--) {
                Shape s = shapes.get(k);
                if (ShapeGeometry.hits(s, p, tolerance, freshPath(board, s))) {
                    linear = Optional.of(s);
                }
            }
            assertThat(board.hitTest(p, tolerance)).as("hit at %s within %s", p, tolerance).isEqualTo(linear);
        }
    }

    @Property(tries = 200)
    void viewportAndRubberBandQueriesAgreeWithALinearScan(@ForAll("edits") List<Long> seeds,
            @ForAll("cellSizes") double cellSize, @ForAll long probeSeed) {
        Board board = editedBoard(seeds, cellSize);
        Random r = new Random(probeSeed);
        for (int i = 0; i < 15; i++) {
            Rect area = new Rect(RandomEdits.coordinate(r), RandomEdits.coordinate(r), r.nextDouble() * 2500,
                    r.nextDouble() * 1500);
            List<Shape> intersecting = board.shapes().stream()
                    .filter(s -> ShapeGeometry.meets(s, area, freshPath(board, s))).toList();
            List<Shape> inside = board.shapes().stream().filter(s -> area.contains(exactExtent(board, s))).toList();

            assertThat(board.query(area)).isEqualTo(intersecting);
            assertThat(board.within(area)).isEqualTo(inside);
        }
        Set<ShapeId> all = board.shapes().stream().map(Shape::id).collect(Collectors.toSet());
        // x + width may round a hair short of the farthest edge, hence the tiny margin.
        board.contentBounds().ifPresent(bounds -> assertThat(board.within(bounds.inflate(1e-6))).hasSize(all.size()));
    }
}
