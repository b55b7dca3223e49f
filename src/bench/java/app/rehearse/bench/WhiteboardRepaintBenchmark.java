package app.rehearse.bench;

import app.rehearse.ui.whiteboard.BoardPainter;
import app.rehearse.whiteboard.Attachment;
import app.rehearse.whiteboard.Board;
import app.rehearse.whiteboard.Commands;
import app.rehearse.whiteboard.Palette;
import app.rehearse.whiteboard.Point;
import app.rehearse.whiteboard.Rect;
import app.rehearse.whiteboard.Shape;
import app.rehearse.whiteboard.Stencil;
import app.rehearse.whiteboard.StrokeWidth;
import app.rehearse.whiteboard.Style;
import app.rehearse.whiteboard.Viewport;
import app.rehearse.whiteboard.Whiteboard;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Design §4: repainting the whiteboard on pan and zoom with 10,000 shapes takes ≤ 16 ms a frame.
 * A 1600×1000 canvas is painted by the real {@link BoardPainter} on the FX thread and then rendered
 * by the software pipeline (a snapshot forces the rasterising a pulse would do, plus a read-back of
 * the pixels, which a real frame does not pay — so the figures are pessimistic). The target is
 * checked at 100% on the board the whiteboard benchmark uses (10,000 shapes over 25,000 × 15,000),
 * against painting every shape without culling. A second board packs 10,000 shapes into the area
 * the minimum zoom shows whole, for the zoomed-to-fit figures (with and without level of detail)
 * and as a worst case for density at 100%.
 */
final class WhiteboardRepaintBenchmark implements BenchMain.Benchmark {
    static final int SHAPES = 10_000;
    /** Fits a 1600×1000 view at the minimum zoom, so "zoomed to fit" really shows all 10,000. */
    static final double WIDTH = 15_000;
    static final double HEIGHT = 9_000;
    static final double VIEW_WIDTH = 1600;
    static final double VIEW_HEIGHT = 1000;
    private static final int FRAMES = 100;
    private static final int WARMUP = 20;
    private static final int ROUNDS = 3;
    /** Frames for the slow baselines, timed once. */
    private static final int BASELINE_FRAMES = 30;

    private static long[] renderThreadIds;

    @Override
    public boolean run() throws Exception {
        BenchHarness.startFx();
        Whiteboard standard = new Whiteboard(() -> 0, () -> "");
        WhiteboardBenchmark.populate(standard, new Random(11), new long[1]);
        Board packed = populatePacked(new Random(17));
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(standard.board(), packed));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private static boolean measure(Board standard, Board packed) {
        Canvas canvas = new Canvas(VIEW_WIDTH, VIEW_HEIGHT);
        WritableImage pixels = new WritableImage((int) VIEW_WIDTH, (int) VIEW_HEIGHT);
        BoardPainter painter = new BoardPainter(Palette.Theme.LIGHT);
        System.out.println("frame = paint on the FX thread + software render + read-back; best median of "
                + ROUNDS + " rounds of " + FRAMES + " frames; cpu = FX + render thread CPU time");
        Frames empty = best(() -> frames(canvas, pixels, Viewport.IDENTITY, pan(), FRAMES, vp -> {
            canvas.getGraphicsContext2D().fillRect(0, 0, VIEW_WIDTH, VIEW_HEIGHT);
            return 0;
        }));
        empty.print("empty frame (clear, render, read-back)", null);

        Viewport middle = middle(WhiteboardBenchmark.WIDTH, WhiteboardBenchmark.HEIGHT);
        System.out.printf(Locale.ROOT, "%nstandard board (as in the whiteboard benchmark): %d shapes over %.0f x %.0f, "
                + "%d in view at 100%%%n", standard.size(), WhiteboardBenchmark.WIDTH, WhiteboardBenchmark.HEIGHT,
                standard.query(middle.visibleArea(VIEW_WIDTH, VIEW_HEIGHT)).size());
        Frames unculled = frames(canvas, pixels, middle, pan(), BASELINE_FRAMES,
                vp -> painter.paintUnculled(canvas.getGraphicsContext2D(), standard, vp, VIEW_WIDTH, VIEW_HEIGHT));
        unculled.print("100% pan, no culling (baseline)", null);
        Frames pan = best(() -> frames(canvas, pixels, middle, pan(), FRAMES, paint(painter, canvas, standard)));
        pan.print("100% pan", unculled);
        Frames zoom = best(() -> frames(canvas, pixels, middle, zoom(), FRAMES, paint(painter, canvas, standard)));
        zoom.print("100% zoom in and out", unculled);

        Viewport packedMiddle = middle(WIDTH, HEIGHT);
        Viewport fit = Viewport.fit(new Rect(0, 0, WIDTH, HEIGHT), VIEW_WIDTH, VIEW_HEIGHT, 0);
        System.out.printf(Locale.ROOT, "%npacked board (zoom to fit shows it all): %d shapes over %.0f x %.0f, "
                + "%d in view at 100%%, %d at %s%n", packed.size(), WIDTH, HEIGHT,
                packed.query(packedMiddle.visibleArea(VIEW_WIDTH, VIEW_HEIGHT)).size(),
                packed.query(fit.visibleArea(VIEW_WIDTH, VIEW_HEIGHT)).size(), fit.zoomPercent());
        Frames packedPan = best(() -> frames(canvas, pixels, packedMiddle, pan(), FRAMES,
                paint(painter, canvas, packed)));
        packedPan.print("100% pan", null);
        Frames packedZoom = best(() -> frames(canvas, pixels, packedMiddle, zoom(), FRAMES,
                paint(painter, canvas, packed)));
        packedZoom.print("100% zoom in and out", null);
        painter.setLevelOfDetail(false);
        Frames fitFull = frames(canvas, pixels, fit, pan(), BASELINE_FRAMES, paint(painter, canvas, packed));
        painter.setLevelOfDetail(true);
        fitFull.print("fit pan, full detail (baseline)", null);
        Frames fitPan = best(() -> frames(canvas, pixels, fit, pan(), FRAMES, paint(painter, canvas, packed)));
        fitPan.print("fit pan, level of detail", fitFull);
        Frames fitZoom = best(() -> frames(canvas, pixels, fit, zoom(), FRAMES, paint(painter, canvas, packed)));
        fitZoom.print("fit zoom, level of detail", fitFull);
        System.out.println();

        double normal = Math.max(pan.medianMillis(), zoom.medianMillis());
        boolean met = BenchHarness.report("repaint at 100%, pan and zoom (median)", normal, "ms", "no culling",
                unculled.medianMillis(), "<= 16 ms", normal <= 16);
        BenchHarness.report("  same, CPU time", Math.max(pan.cpuMedianMillis(), zoom.cpuMedianMillis()), "ms", "", 0,
                "context", true);
        BenchHarness.report("  same, worst frame", Math.max(pan.worstMillis(), zoom.worstMillis()), "ms", "", 0,
                "context", true);
        double dense = Math.max(packedPan.medianMillis(), packedZoom.medianMillis());
        BenchHarness.report("packed board at 100% (median)", dense, "ms", "", 0, "context", true);
        double overview = Math.max(fitPan.medianMillis(), fitZoom.medianMillis());
        BenchHarness.report("packed board zoomed to fit (median)", overview, "ms", "full detail",
                fitFull.medianMillis(), "context (16 ms is a stretch)", true);
        return met;
    }

    /** 100% with the middle of a {@code width} × {@code height} board in the middle of the view. */
    private static Viewport middle(double width, double height) {
        return new Viewport(1, VIEW_WIDTH / 2 - width / 2, VIEW_HEIGHT / 2 - height / 2);
    }

    /** The round with the lowest median: the machine is shared, and other load only ever adds time. */
    private static Frames best(java.util.function.Supplier<Frames> round) {
        Frames best = null;
        for (int i = 0; i < ROUNDS; i++) {
            Frames next = round.get();
            if (best == null || next.medianMillis() < best.medianMillis()) {
                best = next;
            }
        }
        return best;
    }

    private interface Paint {
        int paint(Viewport viewport);
    }

    private static Paint paint(BoardPainter painter, Canvas canvas, Board board) {
        return vp -> painter.paint(canvas.getGraphicsContext2D(), board, vp, VIEW_WIDTH, VIEW_HEIGHT);
    }

    /** Panning: the view slides a few pixels each frame, as under a dragging hand. */
    private static UnaryOperator<Viewport> pan() {
        int[] frame = {0};
        return vp -> {
            frame[0]++;
            double dx = 14 * Math.cos(frame[0] / 15.0);
            double dy = 9 * Math.sin(frame[0] / 15.0);
            return vp.panBy(dx, dy);
        };
    }

    /** Zooming: wheel steps in and out around the middle of the view. */
    private static UnaryOperator<Viewport> zoom() {
        int[] frame = {0};
        return vp -> {
            frame[0]++;
            double factor = (frame[0] / 8) % 2 == 0 ? 1.06 : 1 / 1.06;
            return vp.zoomAt(factor, new Point(VIEW_WIDTH / 2 + 40, VIEW_HEIGHT / 2 - 30));
        };
    }

    /** Times frames: each moves the viewport, paints, and renders the canvas through a snapshot. */
    private static Frames frames(Canvas canvas, WritableImage pixels, Viewport start, UnaryOperator<Viewport> next,
            int count, Paint paint) {
        Viewport vp = start;
        long[] total = new long[count];
        long[] recording = new long[count];
        long[] cpu = new long[count];
        int painted = 0;
        for (int i = -WARMUP; i < count; i++) {
            vp = next.apply(vp);
            long c0 = renderingCpu();
            long t0 = System.nanoTime();
            painted = paint.paint(vp);
            long t1 = System.nanoTime();
            canvas.snapshot(null, pixels);
            long t2 = System.nanoTime();
            long c1 = renderingCpu();
            if (i >= 0) {
                total[i] = t2 - t0;
                recording[i] = t1 - t0;
                cpu[i] = c1 - c0;
            }
        }
        return new Frames(total, recording, cpu, painted);
    }

    /**
     * CPU time of the FX thread and the render thread: what a frame costs without the waiting for
     * a core that a busy shared machine adds to the wall-clock figures.
     */
    private static long renderingCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = threads.getCurrentThreadCpuTime();
        for (long id : renderThreads()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static long[] renderThreads() {
        if (renderThreadIds == null) {
            renderThreadIds = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).toArray();
        }
        return renderThreadIds;
    }

    private record Frames(long[] total, long[] recording, long[] cpu, int painted) {
        Frames {
            Arrays.sort(total);
            Arrays.sort(recording);
            Arrays.sort(cpu);
        }

        double cpuMedianMillis() {
            return BenchHarness.millis(cpu[cpu.length / 2]);
        }

        double medianMillis() {
            return BenchHarness.millis(total[total.length / 2]);
        }

        double worstMillis() {
            return BenchHarness.millis(total[total.length - 1]);
        }

        void print(String what, Frames baseline) {
            System.out.printf(Locale.ROOT,
                    "%-40s median %6.2f ms  p95 %6.2f  worst %6.2f  cpu %6.2f  (FX paint %5.2f ms, %5d shapes)%s%n",
                    what, medianMillis(), BenchHarness.millis(total[total.length * 95 / 100]),
                    BenchHarness.millis(total[total.length - 1]), cpuMedianMillis(),
                    BenchHarness.millis(recording[recording.length / 2]),
                    painted, baseline == null ? "" : String.format(Locale.ROOT, "  %.2fx of %.2f ms", medianMillis()
                            / baseline.medianMillis(), baseline.medianMillis()));
        }
    }

    /**
     * Boxes, ellipses, labelled components, notes, pen strokes and connectors between neighbours,
     * packed into an area the minimum zoom shows whole.
     */
    static Board populatePacked(Random random) {
        Whiteboard whiteboard = new Whiteboard(() -> 0, () -> "");
        Board board = whiteboard.board();
        Palette[] colours = Palette.values();
        Stencil[] stencils = Stencil.values();
        List<Shape> boxes = new ArrayList<>();
        int arrows = SHAPES * 15 / 100;
        while (boxes.size() < SHAPES - arrows) {
            Point at = new Point(random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT);
            Style style = Style.DEFAULT.withStroke(colours[1 + random.nextInt(colours.length - 1)])
                    .withWidth(StrokeWidth.values()[random.nextInt(3)]);
            int kind = random.nextInt(20);
            if (kind < 7) {
                boxes.add(Shape.rectangle(board.newId(), Rect.centredAt(at, 60 + random.nextInt(140),
                        40 + random.nextInt(80)), style.withFill(colours[random.nextInt(colours.length)]))
                        .withLabel(random.nextBoolean() ? "" : "box " + boxes.size()));
            } else if (kind < 9) {
                boxes.add(Shape.ellipse(board.newId(), Rect.centredAt(at, 60 + random.nextInt(100),
                        60 + random.nextInt(60)), style));
            } else if (kind < 14) {
                Stencil stencil = stencils[random.nextInt(stencils.length)];
                boxes.add(Shape.stencil(board.newId(), stencil, at).withLabel(stencil.displayName() + " "
                        + boxes.size()));
            } else if (kind < 17) {
                boxes.add(Shape.text(board.newId(), Rect.centredAt(at, 180, 25), "note about shard " + boxes.size(),
                        style));
            } else {
                List<Point> points = new ArrayList<>();
                Point p = at;
                for (int i = 0; i < 24; i++) {
                    points.add(p);
                    p = p.plus(4 + random.nextGaussian() * 3, random.nextGaussian() * 4);
                }
                boxes.add(Shape.pen(board.newId(), points, style));
            }
        }
        whiteboard.execute(Commands.add(boxes));
        List<Shape> connectors = new ArrayList<>();
        while (connectors.size() < arrows) {
            Shape from = boxes.get(random.nextInt(boxes.size()));
            List<Shape> near = board.query(from.bounds().inflate(400)).stream()
                    .filter(s -> s.kind().acceptsArrows() && !s.id().equals(from.id())).toList();
            if (near.isEmpty()) {
                continue;
            }
            Shape to = near.get(random.nextInt(near.size()));
            connectors.add(Shape.arrow(board.newId(), from.bounds().centre(),
                    Optional.of(Attachment.centreOf(from.id())), to.bounds().centre(),
                    Optional.of(Attachment.centreOf(to.id())), Style.DEFAULT)
                    .withLabel(random.nextInt(5) == 0 ? "calls" : ""));
        }
        whiteboard.execute(Commands.add(connectors));
        return board;
    }
}
