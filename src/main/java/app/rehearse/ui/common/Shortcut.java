package app.rehearse.ui.common;

import javafx.scene.input.KeyCombination;

/** A keyboard shortcut as help lists it: the keys, in the platform's words (Ctrl+P, ⌘P), and what they do. */
public record Shortcut(String keys, String action) {

    public static Shortcut of(KeyCombination keys, String action) {
        return new Shortcut(keys.getDisplayText(), action);
    }
}
