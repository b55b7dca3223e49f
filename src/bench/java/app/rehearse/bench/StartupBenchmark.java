package app.rehearse.bench;

import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.PlanSettingsStore;
import app.rehearse.storage.DataLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Design §4: cold start to the first shown window, at most 1.3× a minimal JavaFX hello window
 * started the same way (a fresh JVM, same flags, same classpath) in the same run. Runs alternate
 * so that machine load affects both alike; the figure is the median wall time from process start
 * to the window's "shown" event. The target is held on a first start (an empty data folder); a returning
 * user's start, with saved settings the window reads before it opens, is printed beside it.
 */
final class StartupBenchmark implements BenchMain.Benchmark {
    private static final int RUNS = 11;
    private static final String SHOWN = "WINDOW-SHOWN";

    /** Called by the probes when their first window is shown: tell the parent and quit. */
    static void reportShown() {
        System.out.println(SHOWN);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    @Override
    public boolean run() throws Exception {
        long[] hello = new long[RUNS];
        long[] rehearse = new long[RUNS];
        long[] returning = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            hello[i] = timeToWindow(HelloWindow.class.getName(), null);
            rehearse[i] = timeToWindow(RehearseStartupProbe.class.getName(), Files.createTempDirectory("rehearse-start"));
            returning[i] = timeToWindow(RehearseStartupProbe.class.getName(), withSavedSettings());
        }
        double h = BenchHarness.medianMillis(hello);
        double r = BenchHarness.medianMillis(rehearse);
        boolean met = BenchHarness.report("cold start to first window (median of " + RUNS + ")", r, "ms", "hello window",
                h, "<= 1.3x", r <= 1.3 * h);
        BenchHarness.report("  same, returning user with saved settings", BenchHarness.medianMillis(returning), "ms",
                "hello window", h, "context", true);
        return met;
    }

    /** A data folder as Settings → Save leaves it. */
    private static Path withSavedSettings() throws Exception {
        Path home = Files.createTempDirectory("rehearse-start");
        new PlanSettingsStore(new DataLayout(home).settings()).save(PlanSettings.standard());
        return home;
    }

    private static long timeToWindow(String mainClass, Path home) throws Exception {
        return timeToWindow(probeCommand(mainClass, home, List.of()));
    }

    /** A fresh JVM on this class path, on a headless screen, that starts {@code mainClass} with its data in home. */
    static List<String> probeCommand(String mainClass, Path home, List<String> jvmFlags) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32"));
        if (home != null) {
            command.add("-Drehearse.home=" + home);
        }
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProbeLauncher.class.getName(), mainClass));
        return command;
    }

    /** Starts the command and returns the time until it says its first window is shown. */
    static long timeToWindow(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals(SHOWN)) {
                    long elapsed = System.nanoTime() - start;
                    process.waitFor(10, TimeUnit.SECONDS);
                    return elapsed;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException(String.join(" ", command) + " exited without showing a window");
    }
}
