package app.rehearse.ui.common;

/** Work that must run when the app closes, before its background writes are drained. */
@FunctionalInterface
public interface ClosingSteps {

    /** Runs {@code step} when the app closes (e.g. a last autosave). */
    void beforeClose(Runnable step);
}
