package app.rehearse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * A small measuring harness: warms a task up, times many runs, and reports the median. Targets
 * are ratios against a baseline measured in the same process, so machine speed cancels out.
 */
public final class BenchHarness {
    private static volatile Object sink;

    private BenchHarness() {}

    /** Median nanoseconds per run of {@code task}, after {@code warmups} untimed runs. */
    /**
     * Medians of two tasks run alternately, so load from elsewhere on the machine hits both alike:
     * the task's wall time, the baseline's wall time, and the task's CPU time on this thread.
     */
    public static long[] pairedMedians(int warmups, int runs, Supplier<?> task, Supplier<?> baseline) {
        for (int i = 0; i < warmups; i++) {
            task.get();
            baseline.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] a = new long[runs];
        long[] b = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.get();
            a[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            start = System.nanoTime();
            baseline.get();
            b[i] = System.nanoTime() - start;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(cpu);
        return new long[] {a[runs / 2], b[runs / 2], cpu[runs / 2]};
    }

    public static long medianNanos(int warmups, int runs, Supplier<?> task) {
        for (int i = 0; i < warmups; i++) {
            sink = task.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = task.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Worst nanoseconds of any timed run (for stall targets). */
    public static long maxNanos(int warmups, int runs, Supplier<?> task) {
        for (int i = 0; i < warmups; i++) {
            sink = task.get();
        }
        long worst = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = task.get();
            worst = Math.max(worst, System.nanoTime() - start);
        }
        return worst;
    }

    /** Prints one result line: what, the figure, its baseline and the ratio, and whether the target holds. */
    public static boolean report(String what, double value, String unit, String baselineName, double baseline,
            String target, boolean met) {
        String ratio = baseline > 0 ? String.format(Locale.ROOT, "  ratio %.2fx vs %s (%.3f %s)", value / baseline,
                baselineName, baseline, unit) : "";
        System.out.printf(Locale.ROOT, "%-52s %10.3f %s%s  target %s  %s%n", what, value, unit, ratio, target,
                met ? "MET" : "MISSED");
        return met;
    }

    /** The median of timings taken elsewhere (nanoseconds, in any order), in milliseconds. */
    public static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return millis(sorted[sorted.length / 2]);
    }

    public static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    public static double micros(long nanos) {
        return nanos / 1_000.0;
    }

    /** Starts the JavaFX toolkit once for the benchmarks that need it (an already running one is fine). */
    public static void startFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }
}
