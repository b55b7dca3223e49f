package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The live document: shapes by id and in z order, a spatial index of what each shape covers, and
 * listeners. It changes only through {@link #apply(Delta)}, which checks the change first and
 * either applies all of it or none. Edits normally go through {@link Whiteboard#execute}, which
 * also records undo history and the change log; call {@code apply} directly only to replay.
 * Not thread-safe: use it from one thread (the FX thread) and hand snapshots to others.
 */
public final class Board {
    private static final Comparator<Shape> BY_Z = Comparator.comparingLong(Shape::z);

    private final ShapeTable table;
    private final SpatialIndex index;
    private final List<BoardListener> listeners = new CopyOnWriteArrayList<>();
    private final ShapeIds ids = new ShapeIds();
    private final Map<ShapeId, ArrowPath> arrowPaths = new HashMap<>();
    private List<Shape> inZOrder = List.of();

    public Board() {
        this(new SpatialIndex());
    }

    Board(SpatialIndex index) {
        this(index, new ShapeTable());
    }

    private Board(SpatialIndex index, ShapeTable table) {
        this.index = index;
        this.table = table;
    }

    /** A board over shapes that replaying a checked log just built; they need indexing, not checking again. */
    static Board adopting(ShapeTable verified) {
        Board board = new Board(new SpatialIndex(), verified);
        for (Shape s : verified.byId.values()) {
            board.reindex(s);
            board.ids.reserve(s.id());
        }
        board.inZOrder = null;
        return board;
    }

    /** A board holding {@code shapes} (which must be consistent: unique ids and z, attachments resolvable). */
    public static Board of(Collection<Shape> shapes) {
        Board board = new Board();
        board.apply(Delta.adding(shapes));
        return board;
    }

    public void addListener(BoardListener listener) {
        listeners.add(listener);
    }

    public void removeListener(BoardListener listener) {
        listeners.remove(listener);
    }

    public int size() {
        return table.byId.size();
    }

    public boolean isEmpty() {
        return table.byId.isEmpty();
    }

    public boolean contains(ShapeId id) {
        return table.byId.containsKey(id);
    }

    public Optional<Shape> shape(ShapeId id) {
        return Optional.ofNullable(table.get(id));
    }

    /** Every shape, bottom to top (paint order). Cached; cheap to call after each change. */
    public List<Shape> shapes() {
        if (inZOrder == null) {
            inZOrder = List.copyOf(table.byZ.values());
        }
        return inZOrder;
    }

    public Map<ShapeId, Shape> shapesById() {
        return Map.copyOf(table.byId);
    }

    /** The z just above every shape (1 on an empty board). */
    public long zAboveAll() {
        return table.byZ.isEmpty() ? 1 : table.byZ.lastKey() + 1;
    }

    /** The z just below every shape (-1 on an empty board). */
    public long zBelowAll() {
        return table.byZ.isEmpty() ? -1 : table.byZ.firstKey() - 1;
    }

    /** A fresh id never used on this board (nor reserved with {@link #reserveId}). */
    public ShapeId newId() {
        ShapeId id;
        do {
            id = ids.next();
        } while (table.byId.containsKey(id));
        return id;
    }

    /** Keeps {@link #newId} from handing out an id seen elsewhere, e.g. in a loaded change log. */
    public void reserveId(ShapeId id) {
        ids.reserve(id);
    }

    /** The box a shape covers now (for an arrow, around its routed path). */
    public Optional<Rect> extent(ShapeId id) {
        return index.extent(id);
    }

    /** Where an arrow is drawn now, following the shapes it is attached to (cached for arrows on the board). */
    public ArrowPath arrowPath(Shape arrow) {
        ArrowPath cached = arrowPaths.get(arrow.id());
        if (cached != null && table.get(arrow.id()) == arrow) {
            return cached;
        }
        return ArrowRouting.route(arrow, table::get);
    }

    /**
     * Where an arrow would be drawn if some shapes stood elsewhere: for previewing a drag or resize,
     * pass the dragged shapes as they would be ({@link Shape#translated}); the board is not changed.
     */
    public ArrowPath arrowPath(Shape arrow, Map<ShapeId, Shape> movedShapes) {
        return ArrowRouting.route(arrow, id -> movedShapes.containsKey(id) ? movedShapes.get(id) : table.get(id));
    }

    /** Arrows with at least one end attached to {@code target}, bottom to top. */
    public List<Shape> arrowsAttachedTo(ShapeId target) {
        return table.arrowsAttachedTo(target).stream().map(table::get).sorted(BY_Z).toList();
    }

    /** The box around everything on the board, for zoom-to-fit; empty for an empty board. */
    public Optional<Rect> contentBounds() {
        Rect all = null;
        for (Shape s : table.byId.values()) {
            Rect e = index.extent(s.id()).orElseThrow();
            all = all == null ? e : all.union(e);
        }
        return Optional.ofNullable(all);
    }

    /** The topmost shape touched by {@code point}, within {@code tolerance} board units. */
    public Optional<Shape> hitTest(Point point, double tolerance) {
        return hitTest(point, tolerance, s -> true);
    }

    /** As {@link #hitTest(Point, double)}, among shapes accepted by {@code filter} (e.g. arrow targets). */
    public Optional<Shape> hitTest(Point point, double tolerance, Predicate<Shape> filter) {
        double reach = tolerance + StrokeWidth.MAX / 2;
        Rect area = new Rect(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach);
        Shape best = null;
        for (ShapeId id : index.candidates(area)) {
            Shape s = table.get(id);
            if ((best == null || s.z() > best.z()) && filter.test(s) && ShapeGeometry.hits(s, point, tolerance,
                    pathIfArrow(s))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code point} touches {@code shape} as drawn now, within {@code tolerance} (no index; one shape). */
    public boolean touches(Shape shape, Point point, double tolerance) {
        return ShapeGeometry.hits(shape, point, tolerance, pathIfArrow(shape));
    }

    /**
     * Shapes that meet {@code area} as drawn, bottom to top: what to paint in a viewport. Closed
     * shapes count when their box meets it; arrows and strokes when a segment crosses it.
     */
    public List<Shape> query(Rect area) {
        if (index.spansMostCells(area)) {
            // Zoomed far out: one pass over the z-ordered list beats collecting and sorting candidates.
            List<Shape> visible = new ArrayList<>();
            for (Shape s : shapes()) {
                if (ShapeGeometry.meets(s, area, pathIfArrow(s))) {
                    visible.add(s);
                }
            }
            return visible;
        }
        Set<ShapeId> found = index.candidates(area);
        List<Shape> shapes = new ArrayList<>(found.size());
        if (found.size() * 4L > size()) {
            // Most of the board is in view: filtering the z-ordered list beats sorting the hits.
            for (Shape s : shapes()) {
                if (found.contains(s.id()) && ShapeGeometry.meets(s, area, pathIfArrow(s))) {
                    shapes.add(s);
                }
            }
            return shapes;
        }
        for (ShapeId id : found) {
            Shape s = table.get(id);
            if (ShapeGeometry.meets(s, area, pathIfArrow(s))) {
                shapes.add(s);
            }
        }
        shapes.sort(BY_Z);
        return shapes;
    }

    /** Shapes lying entirely inside {@code area}, bottom to top: what a rubber band selects. */
    public List<Shape> within(Rect area) {
        return query(area).stream().filter(s -> area.contains(index.extent(s.id()).orElseThrow())).toList();
    }

    /** Throws {@link IllegalStateException} if {@code delta} does not fit the board as it is now. */
    public void check(Delta delta) {
        table.check(delta);
    }

    /** Checks and applies {@code delta} as one step, then tells the listeners. */
    public void apply(Delta delta) {
        if (delta.isEmpty()) {
            return;
        }
        table.check(delta);
        Set<ShapeId> moved = table.apply(delta);
        for (Shape s : delta.removed()) {
            index.remove(s.id());
            arrowPaths.remove(s.id());
        }
        for (ShapeId id : delta.resultIds()) {
            reindex(table.get(id));
            ids.reserve(id);
        }
        for (ShapeId target : moved) {
            for (ShapeId arrow : table.arrowsAttachedTo(target)) {
                reindex(table.get(arrow));
            }
        }
        inZOrder = null;
        for (BoardListener listener : listeners) {
            listener.boardChanged(delta);
        }
    }

    private void reindex(Shape s) {
        switch (s.kind()) {
            case ARROW: {
                ArrowPath path = ArrowRouting.route(s, table::get);
                arrowPaths.put(s.id(), path);
                index.putPath(s.id(), path.points());
                break;
            }
            case PEN:
                index.putPath(s.id(), s.points());
                break;
            default:
                index.put(s.id(), s.bounds());
        }
    }

    private ArrowPath pathIfArrow(Shape s) {
        return s.kind() == ShapeKind.ARROW ? arrowPath(s) : null;
    }
}
