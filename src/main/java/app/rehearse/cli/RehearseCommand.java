package app.rehearse.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rehearse [--data-dir DIR] [COMMAND]}: with no command it opens the app. */
@Command(name = "rehearse", mixinStandardHelpOptions = true, version = "Rehearse 0.1",
        description = "Practise senior software-engineering interviews: system design, behavioral stories, trade-offs.%n"
                + "With no command, opens the app.",
        subcommands = {ValidateCommand.class})
public final class RehearseCommand implements Callable<Integer> {
    /** Returned when the GUI was opened and the process must stay alive. */
    public static final int OPENED_GUI = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Where sessions and custom packs live (default: $REHEARSE_HOME, else the platform's app-data folder).")
    Path dataDir;

    @Option(names = "--self-test", description = "Open the window, wait until it is ready, then quit: exit code 0 when"
            + " it was, 1 when it was not (for checking an installation).")
    boolean selfTest;

    @Override
    public Integer call() {
        List<String> guiArgs = new ArrayList<>();
        if (dataDir != null) {
            guiArgs.add("--data-dir=" + dataDir.toAbsolutePath());
        }
        if (selfTest) {
            guiArgs.add("--self-test=true");
        }
        int exit = GuiLauncher.launch(guiArgs.toArray(String[]::new));
        return selfTest ? exit : OPENED_GUI;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new RehearseCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("rehearse: " + e.getMessage());
            return 1;
        });
        return line.execute(args);
    }
}
