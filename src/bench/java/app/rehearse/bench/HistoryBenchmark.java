package app.rehearse.bench;

import app.rehearse.history.HistoryFilter;
import app.rehearse.history.HistoryIndex;
import app.rehearse.history.HistorySearch;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Design §4: a history of 5,000 sessions opens in ≤ 1 s and searches in ≤ 50 ms per keystroke.
 * The warm open that matters is the app's, in a fresh JVM, so it is measured in child processes;
 * in-process figures are given as context.
 */
public final class HistoryBenchmark implements BenchMain.Benchmark {
    static final int SESSIONS = 5_000;
    private static final String[] TYPED = {"consistency", "cache invalidation", "rollout canary metrics", "kalotor"};

    @Override
    public boolean run() throws Exception {
        Path home = Files.createTempDirectory("rehearse-history-bench");
        try {
            DataLayout layout = new DataLayout(home);
            long t0 = System.nanoTime();
            long bytes = new HistoryGenerator(11).write(layout.sessions(), SESSIONS);
            System.out.printf("generated %d sessions, %.1f MB, in %.1f s%n", SESSIONS, bytes / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            return measure(layout);
        } finally {
            deleteTree(home);
        }
    }

    private boolean measure(DataLayout layout) throws Exception {
        long start = System.nanoTime();
        HistoryIndex cold = HistoryIndex.open(layout, ZoneOffset.UTC);
        long coldOpen = System.nanoTime() - start;
        if (cold.summaries().size() != SESSIONS || !cold.damaged().isEmpty()) {
            throw new IllegalStateException("generated history did not index cleanly: " + cold.damaged());
        }
        System.out.printf("cache file %.1f MB, %,d distinct words indexed%n",
                Files.size(HistoryIndex.cacheFile(layout)) / 1e6, cold.search().vocabularySize());
        BenchHarness.report("cold open, no cache (full rebuild, first in JVM)", BenchHarness.millis(coldOpen), "ms", "", 0,
                "context", true);

        List<long[]> children = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            children.add(openInFreshJvm(layout.root()));
        }
        children.sort(Comparator.comparingLong(c -> c[0]));
        long[] freshJvm = children.get(children.size() / 2);
        boolean met = BenchHarness.report("warm open with cache, fresh JVM (median of 5)", BenchHarness.millis(freshJvm[0]),
                "ms", "", 0, "<= 1000 ms", freshJvm[0] <= 1_000_000_000L);
        BenchHarness.report("  same, CPU of the opening thread", BenchHarness.millis(freshJvm[1]), "ms", "", 0, "context",
                true);
        System.out.printf("  (fresh-JVM opens, wall ms: %s; system load average %.1f on %d cores)%n",
                children.stream().map(c -> String.valueOf(c[0] / 1_000_000)).toList(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        long warm = BenchHarness.medianNanos(2, 7, () -> open(layout));
        BenchHarness.report("warm open with cache, JIT-warm JVM (median)", BenchHarness.millis(warm), "ms", "", 0,
                "context", true);

        HistorySearch search = open(layout).search();
        List<Long> medians = new ArrayList<>();
        long worst = 0;
        for (String word : TYPED) {
            for (int i = 1; i <= word.length(); i++) {
                String typed = word.substring(0, i);
                medians.add(BenchHarness.medianNanos(3, 21, () -> search.search(typed, HistoryFilter.ANY)));
                worst = Math.max(worst, BenchHarness.maxNanos(0, 21, () -> search.search(typed, HistoryFilter.ANY)));
            }
        }
        long firstKeystroke = firstKeystrokeInFreshIndex(layout);
        medians.sort(Comparator.naturalOrder());
        long median = medians.get(medians.size() / 2);
        long slowestKeystroke = medians.get(medians.size() - 1);
        met &= BenchHarness.report("search per keystroke (median over " + medians.size() + " keystrokes)",
                BenchHarness.millis(median), "ms", "", 0, "<= 50 ms", median <= 50_000_000L);
        met &= BenchHarness.report("search, slowest keystroke (its median)", BenchHarness.millis(slowestKeystroke), "ms",
                "", 0, "<= 50 ms", slowestKeystroke <= 50_000_000L);
        met &= BenchHarness.report("search, worst single run", BenchHarness.millis(worst), "ms", "", 0, "<= 50 ms",
                worst <= 50_000_000L);
        BenchHarness.report("search, first keystroke on a fresh index", BenchHarness.millis(firstKeystroke), "ms", "", 0,
                "context", true);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use with the index open: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
        return met;
    }

    private static HistoryIndex open(DataLayout layout) {
        try {
            return HistoryIndex.open(layout, ZoneOffset.UTC);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long firstKeystrokeInFreshIndex(DataLayout layout) {
        HistorySearch fresh = open(layout).search();
        long start = System.nanoTime();
        fresh.search("c", HistoryFilter.ANY);
        return System.nanoTime() - start;
    }

    /** Wall and opening-thread CPU nanoseconds a fresh JVM takes to open the history with its cache in place. */
    private static long[] openInFreshJvm(Path home) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                HistoryBenchmark.class.getName(), home.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes()).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("child open failed: " + out);
        }
        String[] lines = out.split("\\R");
        String[] figures = lines[lines.length - 1].split(" ");
        return new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1])};
    }

    /** Child process: opens the history in {@code args[0]} once and prints the wall and thread-CPU nanoseconds it took. */
    public static void main(String[] args) throws IOException {
        DataLayout layout = new DataLayout(Path.of(args[0]));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        HistoryIndex index = HistoryIndex.open(layout, ZoneOffset.UTC);
        long took = System.nanoTime() - start;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (index.lastReport().read() != 0 || index.summaries().size() != SESSIONS) {
            throw new IllegalStateException("expected a warm open of " + SESSIONS + ": " + index.lastReport());
        }
        System.out.println(took + " " + cpu);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
