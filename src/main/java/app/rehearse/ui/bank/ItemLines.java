package app.rehearse.ui.bank;

import app.rehearse.bank.FollowUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-item-per-line text areas of the editor: blank lines are ignored, and each item remembers
 * its line so a message can say "Hints, line 3". A follow-up line that starts with "!" or
 * "curveball:" is a curveball.
 */
final class ItemLines {
    static final String CURVEBALL = "curveball:";

    record Item(int line, String text) {}

    private ItemLines() {}

    static List<Item> items(String text) {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                items.add(new Item(i + 1, line));
            }
        }
        return items;
    }

    static FollowUp followUp(String line) {
        if (line.startsWith("!")) {
            return new FollowUp(line.substring(1).strip(), FollowUp.Kind.CURVEBALL);
        }
        if (line.toLowerCase(Locale.ROOT).startsWith(CURVEBALL)) {
            return new FollowUp(line.substring(CURVEBALL.length()).strip(), FollowUp.Kind.CURVEBALL);
        }
        return new FollowUp(line, FollowUp.Kind.PROBE);
    }

    static String line(FollowUp f) {
        return f.kind() == FollowUp.Kind.CURVEBALL ? CURVEBALL + " " + f.text() : f.text();
    }

    static String join(List<String> items) {
        return String.join("\n", items);
    }
}
