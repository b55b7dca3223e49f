package app.rehearse.ui.common;

import app.rehearse.practice.PlanSettings;
import java.util.function.Consumer;

/** The user's session settings: read in the background at start, saved in the background on change. */
public interface SettingsState {

    /** Runs {@code step} on the FX thread with the user's session settings once they have been read. */
    void whenSettingsReady(Consumer<PlanSettings> step);

    /** Keeps new settings and writes them in the background; a failure is reported to the user. */
    void updatePlanSettings(PlanSettings updated);
}
