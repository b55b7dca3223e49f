package app.rehearse.ui.whiteboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures and wraps the text drawn on the board, in board units (independent of zoom). Wrapping
 * is cached per label, font and width, so a repaint does no measuring for shapes it has seen.
 */
final class LabelLayout {
    /** The font of free text labels, in board units. */
    static final double TEXT_SIZE = 20;
    /** The font of labels inside shapes. */
    static final double LABEL_SIZE = 16;
    /** The font of labels on arrows. */
    static final double ARROW_LABEL_SIZE = 13;
    static final double LINE_SPACING = 1.25;
    private static final int CACHE_SIZE = 4096;
    /** How much wider than its box a single word may be before it is broken. */
    private static final double OVERFLOW = 1.4;

    private record Key(String text, double size, long width) {}

    private final Text probe = new Text();
    private final Map<Double, Font> fonts = new HashMap<>();
    private final Map<Key, List<String>> wrapped = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    Font font(double size) {
        return fonts.computeIfAbsent(size, s -> Font.font(Font.getDefault().getFamily(), s));
    }

    double lineHeight(double size) {
        return size * LINE_SPACING;
    }

    double width(String text, double size) {
        probe.setFont(font(size));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** Width and height of free text (its lines as typed). */
    double[] measureFreeText(String text) {
        String[] lines = text.split("\n", -1);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, width(line, TEXT_SIZE));
        }
        return new double[] {Math.ceil(width) + 2, Math.ceil(lines.length * lineHeight(TEXT_SIZE))};
    }

    /** {@code text} broken at spaces (and inside over-long words) into lines no wider than {@code maxWidth}. */
    List<String> wrap(String text, double size, double maxWidth) {
        Key key = new Key(text, size, Math.round(maxWidth));
        List<String> lines = wrapped.get(key);
        if (lines == null) {
            lines = List.copyOf(computeWrap(text, size, Math.max(maxWidth, size)));
            wrapped.put(key, lines);
        }
        return lines;
    }

    private List<String> computeWrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                // A word a little too wide overflows its box; only a really long one (a URL) is broken.
                while (rest.length() > 1 && width(rest, size) > maxWidth * OVERFLOW) {
                    int fit = rest.length() - 1;
                    while (fit > 1 && width(rest.substring(0, fit), size) > maxWidth) {
                        fit--;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
