package app.rehearse.bench;

import app.rehearse.ui.shell.StartupClasses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the list {@link StartupClasses} loads ahead of the UI thread: starts Rehearse in a fresh JVM with that
 * loading turned off and the JVM's class-load log on, and keeps the classes JavaFX's launcher thread and the UI
 * thread loaded from the start of {@code init()} until the window was shown, in that order. Left out: classes the
 * JVM's shared archive holds (they load in microseconds), generated lambda and method-handle classes (they cannot be
 * loaded by name), the bench's own, and Monocle's, which stands in for a display here and is not on a user's class
 * path.
 */
final class StartupClassList implements BenchMain.Benchmark {
    private static final Path LIST = Path.of("src/main/resources" + StartupClasses.LIST);
    private static final Pattern LOADED = Pattern.compile("^\\[[^]]*]\\[(\\d+)]\\s*(\\S+) source: (.*)$");

    @Override
    public boolean run() throws Exception {
        Path log = Files.createTempFile("startup-classes", ".log");
        List<String> command = StartupBenchmark.probeCommand(StartupClassesProbe.class.getName(),
                Files.createTempDirectory("rehearse-start"), List.of("-D" + StartupClasses.SWITCH + "=false",
                        "-Xlog:class+load=info:file=" + log + ":uptime,tid"));
        StartupBenchmark.timeToWindow(command);
        List<String> names = startClasses(Files.readAllLines(log, StandardCharsets.UTF_8));
        Files.write(LIST, names, StandardCharsets.UTF_8);
        System.out.println("wrote " + names.size() + " class names to " + LIST);
        return !names.isEmpty();
    }

    /** The classes the launcher's and the UI thread loaded from the start of {@code init()} until shown. */
    static List<String> startClasses(List<String> lines) {
        String begin = StartupClassesProbe.Begin.class.getName();
        String onUiThread = StartupClassesProbe.OnUiThread.class.getName();
        String shown = StartupClassesProbe.Shown.class.getName();
        List<String[]> loads = new ArrayList<>();
        String launcherThread = null;
        String uiThread = null;
        for (String line : lines) {
            Matcher m = LOADED.matcher(line);
            if (m.matches()) {
                String[] load = {m.group(1), m.group(2), m.group(3)};
                launcherThread = launcherThread == null && load[1].equals(begin) ? load[0] : launcherThread;
                uiThread = uiThread == null && load[1].equals(onUiThread) ? load[0] : uiThread;
                if (launcherThread != null) {
                    loads.add(load);
                }
                if (load[1].equals(shown)) {
                    break;
                }
            }
        }
        if (uiThread == null || !loads.get(loads.size() - 1)[1].equals(shown)) {
            throw new IllegalStateException("the class-load log lacks the start, UI-thread or shown marks");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String[] load : loads) {
            if ((load[0].equals(launcherThread) || load[0].equals(uiThread)) && wanted(load[1], load[2])) {
                names.add(load[1]);
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean wanted(String name, String source) {
        boolean fromFile = source.startsWith("jrt:/") || source.startsWith("file:");
        return fromFile && !name.contains("$$Lambda") && !name.contains("/0x")
                && !name.startsWith("app.rehearse.bench.") && !name.startsWith("com.sun.glass.ui.monocle.");
    }
}
