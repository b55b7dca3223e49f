package app.rehearse.ui.whiteboard;

/** Measures text as the canvas draws it, so a text shape's bounds fit its words. */
@FunctionalInterface
interface TextMetrics {
    /** Width and height, in board units, of {@code text} set in the free-text font. */
    double[] measure(String text);
}
