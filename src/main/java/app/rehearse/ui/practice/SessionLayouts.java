package app.rehearse.ui.practice;

import app.rehearse.bank.QuestionType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the session screen's two dividers were left and whether the prompt was folded, per question
 * type, for as long as the app runs: a design round wants the board wide, a behavioral one the notes.
 */
final class SessionLayouts {
    /** Divider positions as fractions of the width, taken while the prompt was open. */
    record Layout(double promptDivider, double notesDivider, boolean promptFolded) {
        static final Layout STANDARD = new Layout(0.24, 0.46, false);

        Layout folded(boolean folded) {
            return new Layout(promptDivider, notesDivider, folded);
        }
    }

    private final Map<QuestionType, Layout> byType = new EnumMap<>(QuestionType.class);

    Layout of(QuestionType type) {
        return byType.getOrDefault(type, Layout.STANDARD);
    }

    void remember(QuestionType type, Layout layout) {
        byType.put(type, layout);
    }
}
