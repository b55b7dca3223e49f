package app.rehearse.whiteboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw pointer samples into a pen stroke: drops samples closer than a minimum spacing, evens
 * out hand tremor with a light 1-2-1 average, rounds corners by Chaikin subdivision, then simplifies (Ramer–Douglas–Peucker) so a long stroke
 * stays a few dozen points. The first and last samples are kept exactly; points in between are
 * rounded to hundredths of a board unit, finer than any zoom shows, which keeps saved files
 * small. For the smoothest look the view can draw the result as quadratic curves through segment
 * midpoints.
 */
public final class StrokeSmoothing {
    /** Samples closer together than this (board units) are noise. */
    public static final double MIN_SPACING = 2;
    /** How far simplification may move the line (board units). */
    public static final double SIMPLIFY_TOLERANCE = 0.5;
    static final int CHAIKIN_ROUNDS = 2;
    /** Interior points are rounded to 1/STEPS_PER_UNIT of a board unit. */
    static final int STEPS_PER_UNIT = 100;

    private StrokeSmoothing() {}

    public static List<Point> smooth(List<Point> raw) {
        return smooth(raw, MIN_SPACING, SIMPLIFY_TOLERANCE);
    }

    /** Pass spacing and tolerance divided by the zoom scale so strokes look the same at any zoom. */
    public static List<Point> smooth(List<Point> raw, double minSpacing, double tolerance) {
        if (raw.size() < 3) {
            return List.copyOf(raw);
        }
        List<Point> points = averaged(spaced(raw, minSpacing));
        for (int i = 0; i < CHAIKIN_ROUNDS && points.size() > 2; i++) {
            points = chaikin(points);
        }
        List<Point> simplified = simplify(points, tolerance);
        List<Point> rounded = new ArrayList<>(simplified.size());
        for (int i = 0; i < simplified.size(); i++) {
            Point p = simplified.get(i);
            boolean end = i == 0 || i == simplified.size() - 1;
            rounded.add(end ? p : new Point(round(p.x()), round(p.y())));
        }
        return List.copyOf(rounded);
    }

    private static double round(double v) {
        // Dividing (not multiplying by 0.01) gives the double nearest n/100, which prints short.
        return Math.round(v * STEPS_PER_UNIT) / (double) STEPS_PER_UNIT;
    }

    private static List<Point> spaced(List<Point> raw, double minSpacing) {
        List<Point> kept = new ArrayList<>();
        kept.add(raw.get(0));
        for (int i = 1; i < raw.size() - 1; i++) {
            if (raw.get(i).distanceTo(kept.get(kept.size() - 1)) >= minSpacing) {
                kept.add(raw.get(i));
            }
        }
        Point last = raw.get(raw.size() - 1);
        if (kept.size() > 1 && last.distanceTo(kept.get(kept.size() - 1)) < minSpacing) {
            kept.remove(kept.size() - 1);
        }
        kept.add(last);
        return kept;
    }

    private static List<Point> averaged(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size());
        out.add(points.get(0));
        for (int i = 1; i < points.size() - 1; i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            Point c = points.get(i + 1);
            out.add(new Point((a.x() + 2 * b.x() + c.x()) / 4, (a.y() + 2 * b.y() + c.y()) / 4));
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    private static List<Point> chaikin(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size() * 2);
        out.add(points.get(0));
        for (int i = 0; i < points.size() - 1; i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            out.add(Geometry.lerp(a, b, 0.25));
            out.add(Geometry.lerp(a, b, 0.75));
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    static List<Point> simplify(List<Point> points, double tolerance) {
        if (points.size() < 3) {
            return List.copyOf(points);
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        // An explicit stack rather than recursion: a long stroke must not overflow the call stack.
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {0, points.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.remove(spans.size() - 1);
            int farthest = -1;
            double worst = tolerance;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = Geometry.distanceToSegment(points.get(i), points.get(span[0]), points.get(span[1]));
                if (d > worst) {
                    worst = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.add(new int[] {span[0], farthest});
                spans.add(new int[] {farthest, span[1]});
            }
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                out.add(points.get(i));
            }
        }
        return List.copyOf(out);
    }
}
