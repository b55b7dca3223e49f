package app.rehearse.cli;

/**
 * Opens the JavaFX app by name, so that the command line (and everything below it) stays
 * free of JavaFX: a missing toolkit fails here with a clear message, not at class loading.
 */
final class GuiLauncher {
    private static final String APP = "app.rehearse.ui.RehearseApp";

    private GuiLauncher() {}

    /** Returns when the app has closed, with what {@code launchApp} returned (a self-test's exit code). */
    static int launch(String[] args) {
        try {
            return (Integer) Class.forName(APP).getMethod("launchApp", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("could not open the Rehearse window: " + cause, cause);
        }
    }
}
