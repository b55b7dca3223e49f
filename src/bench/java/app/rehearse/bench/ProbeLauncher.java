package app.rehearse.bench;

import javafx.application.Application;

/**
 * Starts a JavaFX app class from the class path, as Rehearse's own {@code Main} does: a plain
 * main class that calls {@link Application#launch}, so both apps start the same way.
 */
public final class ProbeLauncher {
    private ProbeLauncher() {}

    public static void main(String[] args) throws ClassNotFoundException {
        Application.launch(Class.forName(args[0]).asSubclass(Application.class));
    }
}
