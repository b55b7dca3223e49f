package app.rehearse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The installed app's start-up: the app image {@code mvn -Ppackage package} builds, started on its own runtime
 * as shipped (with the JDK's class-data-sharing archive) and with an archive of the app's classes too (AppCDS,
 * trained here by a {@code --self-test} run), against a bare JavaFX hello window on the same runtime, in alternating
 * rounds; the median time from process start to the first shown window. It needs a display, so run it as
 * {@code xvfb-run -a mvn -Pbench -DskipTests compile exec:exec@bench -Dbench=image-startup} (Linux layout).
 */
final class ImageStartupBenchmark implements BenchMain.Benchmark {
    private static final int RUNS = 9;
    private static final Path IMAGE = Path.of("target", "dist", "Rehearse");

    @Override
    public boolean run() throws Exception {
        Path appDir = IMAGE.resolve("lib/app");
        Path archive = Path.of("target", "bench-app.jsa").toAbsolutePath();
        if (!Files.isDirectory(appDir) || System.getenv("DISPLAY") == null) {
            System.out.println("image-startup: needs the app image (mvn -B -Ppackage -DskipTests package) and a display"
                    + " (xvfb-run -a); skipped");
            return true;
        }
        String java = IMAGE.resolve("lib/runtime/bin/java").toString();
        String imageClassPath = Files.readAllLines(appDir.resolve("Rehearse.cfg")).stream()
                .filter(line -> line.startsWith("app.classpath="))
                .map(line -> line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()))
                .collect(Collectors.joining(":"));
        // An archive holds for the class path it was recorded with and any entries after it: the probes come last.
        String classPath = imageClassPath + ":" + Path.of("target", "classes");
        train(java, imageClassPath, archive);
        long[] hello = new long[RUNS];
        long[] plain = new long[RUNS];
        long[] shared = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            hello[i] = StartupBenchmark.timeToWindow(List.of(java, "-Dprism.order=sw", "-cp", classPath,
                    ProbeLauncher.class.getName(), HelloWindow.class.getName()));
            plain[i] = StartupBenchmark.timeToWindow(probe(java, classPath, List.of()));
            shared[i] = StartupBenchmark.timeToWindow(probe(java, classPath, List.of("-XX:SharedArchiveFile=" + archive)));
        }
        double h = median(hello);
        double p = median(plain);
        double s = median(shared);
        boolean met = BenchHarness.report("image as shipped: first window (median of " + RUNS + ")", p, "ms",
                "hello window", h, "<= 1.3x", p <= 1.3 * h);
        BenchHarness.report("image with AppCDS: first window (median of " + RUNS + ")", s, "ms", "hello window", h,
                "<= 1.3x", s <= 1.3 * h);
        System.out.printf(Locale.ROOT, "AppCDS gain: %.1f%% (%.0f ms to %.0f ms); kept when at least 10%%%n",
                100 * (p - s) / p, p, s);
        return met;
    }

    /** The app's own archive, recorded by a self-test run with the image's class path. */
    private static void train(String java, String classPath, Path archive) throws Exception {
        Files.deleteIfExists(archive);
        Process training = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath,
                "app.rehearse.Main", "--self-test", "--data-dir", Files.createTempDirectory("rehearse-cds").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (training.waitFor() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the self-test run that records the archive failed");
        }
    }

    private static List<String> probe(String java, String classPath, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-Dprism.order=sw"));
        command.addAll(options);
        command.add("-Drehearse.home=" + Files.createTempDirectory("rehearse-image-start"));
        command.addAll(List.of("-cp", classPath, ProbeLauncher.class.getName(), RehearseStartupProbe.class.getName()));
        return command;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return BenchHarness.millis(sorted[sorted.length / 2]);
    }
}
