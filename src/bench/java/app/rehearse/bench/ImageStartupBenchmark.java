package app.rehearse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The installed app's start-up: the app image {@code mvn -Ppackage package} builds, started on its own runtime as
 * shipped (its class-data archive holds the JDK and JavaFX classes a start loads) and with the JDK's default archive
 * only, against a bare JavaFX hello window on the same runtime with the JDK's default archive, as a stock JDK starts
 * it; alternating rounds, the median time from process start to the first shown window. The hello window on the
 * shipped archive is printed too, for context. It needs a display, so run it as
 * {@code xvfb-run -a mvn -Pbench -DskipTests compile exec:exec@bench -Dbench=image-startup} (Linux layout).
 */
final class ImageStartupBenchmark implements BenchMain.Benchmark {
    private static final int RUNS = 9;
    private static final Path IMAGE = Path.of("target", "dist", "Rehearse");

    @Override
    public boolean run() throws Exception {
        Path appDir = IMAGE.resolve("lib/app");
        Path jdkArchive = Path.of("target", "bench-jdk-default.jsa").toAbsolutePath();
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
        String classPath = imageClassPath + ":" + Path.of("target", "classes");
        jdkDefaultArchive(java, jdkArchive);
        List<String> jdkOnly = List.of("-XX:SharedArchiveFile=" + jdkArchive);
        long[] hello = new long[RUNS];
        long[] helloShipped = new long[RUNS];
        long[] shipped = new long[RUNS];
        long[] without = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            hello[i] = StartupBenchmark.timeToWindow(command(java, classPath, jdkOnly, HelloWindow.class, false));
            shipped[i] = StartupBenchmark.timeToWindow(command(java, classPath, List.of(), RehearseStartupProbe.class, true));
            without[i] = StartupBenchmark.timeToWindow(command(java, classPath, jdkOnly, RehearseStartupProbe.class, true));
            helloShipped[i] = StartupBenchmark.timeToWindow(command(java, classPath, List.of(), HelloWindow.class, false));
        }
        double h = BenchHarness.medianMillis(hello);
        double s = BenchHarness.medianMillis(shipped);
        double w = BenchHarness.medianMillis(without);
        boolean met = BenchHarness.report("image as shipped: first window (median of " + RUNS + ")", s, "ms",
                "hello window", h, "<= 1.3x", s <= 1.3 * h);
        BenchHarness.report("image on the JDK's default archive: first window", w, "ms", "hello window", h, "context",
                true);
        System.out.printf(Locale.ROOT, "class-data archive of the runtime's start-up classes: %.1f%% gain (%.0f ms to"
                + " %.0f ms), kept when at least 10%%; a hello window on it: %.0f ms%n", 100 * (w - s) / w, w, s,
                BenchHarness.medianMillis(helloShipped));
        return met;
    }

    /** The archive a stock JDK has: its default class list, dumped by the image's runtime. */
    private static void jdkDefaultArchive(String java, Path archive) throws Exception {
        Files.deleteIfExists(archive);
        Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedArchiveFile=" + archive)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (dump.waitFor() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the JDK's default class-data archive could not be made");
        }
    }

    private static List<String> command(String java, String classPath, List<String> options, Class<?> probe,
            boolean ownData) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-Dprism.order=sw"));
        command.addAll(options);
        if (ownData) {
            command.add("-Drehearse.home=" + Files.createTempDirectory("rehearse-image-start"));
        }
        command.addAll(List.of("-cp", classPath, ProbeLauncher.class.getName(), probe.getName()));
        return command;
    }
}
