package app.rehearse.ui.practice;

import app.rehearse.ui.common.Shortcut;
import java.util.ArrayList;
import java.util.List;

/** The keys a practice session answers to, for the help screen. */
public final class PracticeShortcuts {
    private PracticeShortcuts() {}

    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>(SessionView.SHORTCUTS);
        all.add(SpeakingBar.SHORTCUT);
        return List.copyOf(all);
    }
}
