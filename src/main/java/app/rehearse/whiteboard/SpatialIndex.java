package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A uniform grid over the board: each shape's extent is listed in every cell it overlaps, so a
 * point or a viewport only looks at the shapes in nearby cells. Shapes too big for the grid (more
 * than {@link #MAX_CELLS_PER_SHAPE} cells) are kept aside and always offered as candidates. The
 * grid answers with candidates whose extents overlap the area; exact geometry is the board's job.
 */
public final class SpatialIndex {
    /** Cell edge in board units: a little larger than a typical shape. */
    public static final double DEFAULT_CELL_SIZE = 128;
    static final int MAX_CELLS_PER_SHAPE = 256;

    private final double cellSize;
    private final Map<Long, List<ShapeId>> cells = new HashMap<>();
    private final Map<ShapeId, Rect> extents = new HashMap<>();
    private final Set<ShapeId> oversized = new HashSet<>();

    public SpatialIndex(double cellSize) {
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new IllegalArgumentException("cell size must be positive, got " + cellSize);
        }
        this.cellSize = cellSize;
    }

    public SpatialIndex() {
        this(DEFAULT_CELL_SIZE);
    }

    public int size() {
        return extents.size();
    }

    public Optional<Rect> extent(ShapeId id) {
        return Optional.ofNullable(extents.get(id));
    }

    /** Adds a shape or moves it to a new extent. */
    public void put(ShapeId id, Rect extent) {
        Rect old = extents.put(id, extent);
        if (old != null) {
            unlist(id, old);
        }
        CellRange range = range(extent);
        if (range.count() > MAX_CELLS_PER_SHAPE) {
            oversized.add(id);
            return;
        }
        for (int cx = range.minX; cx <= range.maxX; cx++) {
            for (int cy = range.minY; cy <= range.maxY; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(id);
            }
        }
    }

    public void remove(ShapeId id) {
        Rect old = extents.remove(id);
        if (old != null) {
            unlist(id, old);
        }
    }

    /** Every shape whose extent overlaps {@code area} (touching counts). No duplicates, no order. */
    public Set<ShapeId> candidates(Rect area) {
        Set<ShapeId> found = new HashSet<>();
        CellRange range = range(area);
        if (range.count() > cells.size()) {
            for (Map.Entry<Long, List<ShapeId>> cell : cells.entrySet()) {
                long k = cell.getKey();
                int cx = (int) (k >> 32);
                int cy = (int) k;
                if (cx >= range.minX && cx <= range.maxX && cy >= range.minY && cy <= range.maxY) {
                    addOverlapping(cell.getValue(), area, found);
                }
            }
        } else {
            for (int cx = range.minX; cx <= range.maxX; cx++) {
                for (int cy = range.minY; cy <= range.maxY; cy++) {
                    List<ShapeId> ids = cells.get(key(cx, cy));
                    if (ids != null) {
                        addOverlapping(ids, area, found);
                    }
                }
            }
        }
        addOverlapping(oversized, area, found);
        return found;
    }

    private void addOverlapping(Iterable<ShapeId> ids, Rect area, Set<ShapeId> found) {
        for (ShapeId id : ids) {
            if (extents.get(id).intersects(area)) {
                found.add(id);
            }
        }
    }

    private void unlist(ShapeId id, Rect extent) {
        if (oversized.remove(id)) {
            return;
        }
        CellRange range = range(extent);
        for (int cx = range.minX; cx <= range.maxX; cx++) {
            for (int cy = range.minY; cy <= range.maxY; cy++) {
                Long k = key(cx, cy);
                List<ShapeId> ids = cells.get(k);
                ids.remove(id);
                if (ids.isEmpty()) {
                    cells.remove(k);
                }
            }
        }
    }

    private CellRange range(Rect r) {
        return new CellRange(cell(r.x()), cell(r.y()), cell(r.maxX()), cell(r.maxY()));
    }

    private int cell(double coordinate) {
        double c = Math.floor(coordinate / cellSize);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, c));
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }

    private record CellRange(int minX, int minY, int maxX, int maxY) {
        long count() {
            return ((long) maxX - minX + 1) * ((long) maxY - minY + 1);
        }
    }
}
