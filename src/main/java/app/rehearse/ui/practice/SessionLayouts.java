package app.rehearse.ui.practice;

import app.rehearse.bank.QuestionType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the session screen's two dividers were left and what was folded, per question type, for as
 * long as the app runs: a design round wants the board wide, a behavioral one the notes, its board
 * folded away until someone wants to draw a timeline.
 */
final class SessionLayouts {
    /** Divider positions as fractions of the width, taken while prompt and board were both open. */
    record Layout(double promptDivider, double notesDivider, boolean promptFolded, boolean boardFolded) {
        static final Layout STANDARD = new Layout(0.24, 0.46, false, false);
        static final Layout BEHAVIORAL = new Layout(0.30, 0.66, false, true);

        Layout withPromptFolded(boolean folded) {
            return new Layout(promptDivider, notesDivider, folded, boardFolded);
        }

        Layout withBoardFolded(boolean folded) {
            return new Layout(promptDivider, notesDivider, promptFolded, folded);
        }

        Layout withDividers(double prompt, double notes) {
            return new Layout(prompt, notes, promptFolded, boardFolded);
        }
    }

    private final Map<QuestionType, Layout> byType = new EnumMap<>(QuestionType.class);

    Layout of(QuestionType type) {
        return byType.getOrDefault(type, type == QuestionType.BEHAVIORAL ? Layout.BEHAVIORAL : Layout.STANDARD);
    }

    void remember(QuestionType type, Layout layout) {
        byType.put(type, layout);
    }
}
