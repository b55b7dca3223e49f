package app.rehearse.ui.common;

import app.rehearse.practice.PlanSettings;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The user's settings: read in the background at start, saved in the background on change. */
public interface SettingsState {

    /** Runs {@code step} on the FX thread with the user's settings once they have been read. */
    void whenSettingsReady(Consumer<PlanSettings> step);

    /**
     * Applies {@code change} to the settings as they are now (not as some page last saw them, so two pages never
     * undo each other's changes), keeps the result and writes it in the background; a failure is reported to the
     * user. Call on the FX thread once the settings are ready.
     */
    void changeSettings(UnaryOperator<PlanSettings> change);

    /** Called on the FX thread with the new settings after every change. */
    void onSettingsChanged(Consumer<PlanSettings> listener);
}
