package app.rehearse.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Runs every benchmark, or the one named by the first argument. Exit 1 when a target is missed. */
public final class BenchMain {
    private BenchMain() {}

    /** One benchmark: prints its lines and says whether all its targets were met. */
    public interface Benchmark {
        boolean run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        all.put("startup", new StartupBenchmark());
        all.put("image-startup", new ImageStartupBenchmark());
        all.put("bank", new BankBenchmark());
        all.put("autosave", new AutosaveStallBenchmark());
        all.put("whiteboard", new WhiteboardBenchmark());
        all.put("history", new HistoryBenchmark());
        all.put("repaint", new WhiteboardRepaintBenchmark());
        all.put("jank", new JankBenchmark());
        String only = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        if ("startup-classes".equals(only)) {
            // A tool, not a benchmark: it rewrites a resource, so it runs only when named.
            all.put(only, new StartupClassList());
        }
        boolean met = true;
        for (Map.Entry<String, Benchmark> entry : all.entrySet()) {
            if (only == null || only.equals(entry.getKey())) {
                System.out.println("== " + entry.getKey());
                met &= entry.getValue().run();
            }
        }
        System.out.println(met ? "All targets met." : "Some targets were missed.");
        System.exit(met ? 0 : 1);
    }
}
