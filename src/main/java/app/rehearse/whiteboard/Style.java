package app.rehearse.whiteboard;

import java.util.Objects;

/** How a shape is drawn: stroke colour (also used for text), fill, stroke width and pattern. */
public record Style(Palette stroke, Palette fill, StrokeWidth width, StrokePattern pattern) {
    public static final Style DEFAULT = new Style(Palette.INK, Palette.NONE, StrokeWidth.REGULAR, StrokePattern.SOLID);

    public Style {
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(pattern, "pattern");
        if (stroke.isNone()) {
            throw new IllegalArgumentException("a stroke needs a colour; only fills may be NONE");
        }
    }

    public Style withStroke(Palette colour) {
        return new Style(colour, fill, width, pattern);
    }

    public Style withFill(Palette colour) {
        return new Style(stroke, colour, width, pattern);
    }

    public Style withWidth(StrokeWidth strokeWidth) {
        return new Style(stroke, fill, strokeWidth, pattern);
    }

    public Style withPattern(StrokePattern strokePattern) {
        return new Style(stroke, fill, width, strokePattern);
    }
}
