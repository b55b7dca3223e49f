package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A uniform grid over the board. A box shape is listed in every cell its extent overlaps; a line
 * (arrow or pen stroke) only in the cells its segments pass through, so a long diagonal connector
 * does not crowd the cells around it. A point or viewport then looks only at nearby cells. Shapes
 * needing more than {@link #MAX_CELLS_PER_SHAPE} cells are kept aside and always offered. The grid
 * offers candidates (a superset); exact geometry is the board's job.
 */
public final class SpatialIndex {
    /** Cell edge in board units: about two typical shapes across, so most shapes sit in one to four cells. */
    public static final double DEFAULT_CELL_SIZE = 256;
    static final int MAX_CELLS_PER_SHAPE = 1024;
    /** Relative slack so a line grazing a cell corner is never lost to rounding. */
    private static final double EDGE_SLACK = 1e-9;

    private final double cellSize;
    private final Map<Long, Cell> cells = new HashMap<>();
    private final Map<ShapeId, Entry> entries = new HashMap<>();
    private final Set<ShapeId> oversized = new HashSet<>();

    private static final class Cell {
        final int cx;
        final int cy;
        final List<ShapeId> ids = new ArrayList<>(4);

        Cell(int cx, int cy) {
            this.cx = cx;
            this.cy = cy;
        }
    }

    /** Where a shape is listed: its extent and its cell keys (null when oversized). */
    private record Entry(Rect extent, long[] cellKeys) {}

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
        return entries.size();
    }

    public Optional<Rect> extent(ShapeId id) {
        Entry entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.extent);
    }

    /** Adds or moves a shape occupying all of {@code extent}. */
    public void put(ShapeId id, Rect extent) {
        int minX = cell(extent.x());
        int minY = cell(extent.y());
        int maxX = cell(extent.maxX());
        int maxY = cell(extent.maxY());
        long count = ((long) maxX - minX + 1) * ((long) maxY - minY + 1);
        long[] keys = null;
        if (count <= MAX_CELLS_PER_SHAPE) {
            keys = new long[(int) count];
            int i = 0;
            for (int cx = minX; cx <= maxX; cx++) {
                for (int cy = minY; cy <= maxY; cy++) {
                    keys[i++] = key(cx, cy);
                }
            }
        }
        place(id, new Entry(extent, keys));
    }

    /** Adds or moves a line through {@code points} (one point is a dot). */
    public void putPath(ShapeId id, List<Point> points) {
        Rect extent = Rect.around(points);
        KeySet keys = new KeySet();
        if (points.size() == 1) {
            keys.add(key(cell(points.get(0).x()), cell(points.get(0).y())));
        }
        for (int i = 1; i < points.size() && keys.size() <= 4 * MAX_CELLS_PER_SHAPE; i++) {
            addSegment(points.get(i - 1), points.get(i), keys);
        }
        long[] distinct = keys.size() <= 4 * MAX_CELLS_PER_SHAPE ? keys.distinct() : null;
        place(id, new Entry(extent, distinct != null && distinct.length <= MAX_CELLS_PER_SHAPE ? distinct : null));
    }

    public void remove(ShapeId id) {
        Entry old = entries.remove(id);
        if (old != null) {
            unlist(id, old);
        }
    }

    /** True when {@code area} covers more grid cells than hold shapes: a plain scan is then cheaper. */
    public boolean spansMostCells(Rect area) {
        long count = ((long) cell(area.maxX()) - cell(area.x()) + 1) * ((long) cell(area.maxY()) - cell(area.y()) + 1);
        return count > cells.size();
    }

    /** Every shape listed near {@code area} whose extent overlaps it (touching counts). No duplicates, no order. */
    public Set<ShapeId> candidates(Rect area) {
        Set<ShapeId> found = new HashSet<>();
        int minX = cell(area.x());
        int minY = cell(area.y());
        int maxX = cell(area.maxX());
        int maxY = cell(area.maxY());
        long count = ((long) maxX - minX + 1) * ((long) maxY - minY + 1);
        if (count > cells.size()) {
            for (Cell c : cells.values()) {
                if (c.cx >= minX && c.cx <= maxX && c.cy >= minY && c.cy <= maxY) {
                    addOverlapping(c.ids, area, found);
                }
            }
        } else {
            for (int cx = minX; cx <= maxX; cx++) {
                for (int cy = minY; cy <= maxY; cy++) {
                    Cell c = cells.get(key(cx, cy));
                    if (c != null) {
                        addOverlapping(c.ids, area, found);
                    }
                }
            }
        }
        addOverlapping(oversized, area, found);
        return found;
    }

    private void addOverlapping(Iterable<ShapeId> ids, Rect area, Set<ShapeId> found) {
        for (ShapeId id : ids) {
            if (entries.get(id).extent.intersects(area)) {
                found.add(id);
            }
        }
    }

    private void place(ShapeId id, Entry entry) {
        Entry old = entries.put(id, entry);
        if (old != null) {
            unlist(id, old);
        }
        if (entry.cellKeys == null) {
            oversized.add(id);
            return;
        }
        for (long k : entry.cellKeys) {
            Cell c = cells.get(k);
            if (c == null) {
                c = new Cell(cellXOf(k), cellYOf(k));
                cells.put(k, c);
            }
            c.ids.add(id);
        }
    }

    private void unlist(ShapeId id, Entry entry) {
        if (entry.cellKeys == null) {
            oversized.remove(id);
            return;
        }
        for (long k : entry.cellKeys) {
            Cell c = cells.get(k);
            c.ids.remove(id);
            if (c.ids.isEmpty()) {
                cells.remove(k);
            }
        }
    }

    /** The cells a segment passes through, column by column. */
    private void addSegment(Point a, Point b, KeySet keys) {
        Point left = a.x() <= b.x() ? a : b;
        Point right = left == a ? b : a;
        double dx = right.x() - left.x();
        double slope = dx == 0 ? 0 : (right.y() - left.y()) / dx;
        int first = cell(left.x());
        int last = cell(right.x());
        for (int cx = first; cx <= last && keys.size() <= 4 * MAX_CELLS_PER_SHAPE; cx++) {
            double xa = Math.max(left.x(), cx * cellSize);
            double xb = Math.min(right.x(), (cx + 1) * cellSize);
            double ya = dx == 0 ? left.y() : left.y() + slope * (xa - left.x());
            double yb = dx == 0 ? right.y() : left.y() + slope * (xb - left.x());
            double slack = cellSize * EDGE_SLACK;
            int rowFrom = cell(Math.min(ya, yb) - slack);
            int rowTo = cell(Math.max(ya, yb) + slack);
            for (int cy = rowFrom; cy <= rowTo; cy++) {
                keys.add(key(cx, cy));
            }
        }
    }

    private int cell(double coordinate) {
        double c = Math.floor(coordinate / cellSize);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, c));
    }

    // Long.hashCode folds the halves together (cx ^ cy), which piles grid cells into few buckets;
    // multiplying by an odd constant is a bijection that spreads them.
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = inverse(MIX);

    private static long key(int cx, int cy) {
        return (((long) cx << 32) | (cy & 0xffffffffL)) * MIX;
    }

    private static int cellXOf(long key) {
        return (int) ((key * UNMIX) >> 32);
    }

    private static int cellYOf(long key) {
        return (int) (key * UNMIX);
    }

    /** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration). */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** A growable list of cell keys (repeats of the last key skipped), deduplicated fully at the end. */
    private static final class KeySet {
        private long[] keys = new long[8];
        private int size;

        void add(long k) {
            if (size > 0 && keys[size - 1] == k) {
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = k;
        }

        int size() {
            return size;
        }

        long[] distinct() {
            long[] sorted = Arrays.copyOf(keys, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
