package app.rehearse.whiteboard;

import java.util.Optional;

/**
 * The system components a user can drop from the palette. Each is a labelled box whose label
 * starts as the display name; the outline and default colours tell the view how to draw it.
 */
public enum Stencil {
    CLIENT("client", "Client", Outline.MONITOR, Palette.GREY, 140, 80),
    MOBILE("mobile", "Mobile app", Outline.PHONE, Palette.GREY, 80, 120),
    LOAD_BALANCER("load-balancer", "Load balancer", Outline.CIRCLE, Palette.VIOLET, 100, 100),
    API_GATEWAY("api-gateway", "API gateway", Outline.HEXAGON, Palette.VIOLET, 160, 80),
    SERVICE("service", "Service", Outline.ROUNDED_RECTANGLE, Palette.BLUE, 160, 80),
    DATABASE("database", "Database", Outline.CYLINDER, Palette.GREEN, 120, 100),
    CACHE("cache", "Cache", Outline.ROUNDED_RECTANGLE, Palette.RED, 140, 60),
    QUEUE("queue", "Queue / stream", Outline.PIPE, Palette.ORANGE, 180, 60),
    OBJECT_STORAGE("object-storage", "Object storage", Outline.BUCKET, Palette.YELLOW, 120, 100),
    CDN("cdn", "CDN", Outline.CLOUD, Palette.TEAL, 140, 80),
    SEARCH_INDEX("search-index", "Search index", Outline.DOCUMENT, Palette.PINK, 140, 80),
    WORKER("worker", "Worker", Outline.STACK, Palette.BLUE, 140, 80),
    EXTERNAL_API("external-api", "External API", Outline.RECTANGLE, Palette.NONE, 160, 80);

    /** The silhouette the view draws inside the stencil's bounds. */
    public enum Outline {
        RECTANGLE, ROUNDED_RECTANGLE, MONITOR, PHONE, CIRCLE, HEXAGON, CYLINDER, PIPE, BUCKET, CLOUD, DOCUMENT, STACK;

        /** Round outlines are hit-tested and clipped as ellipses; everything else as its bounds. */
        public boolean isElliptic() {
            return this == CIRCLE;
        }
    }

    private static final Stencil[] VALUES = values();

    private final String id;
    private final String displayName;
    private final Outline outline;
    private final Palette fill;
    private final double width;
    private final double height;

    Stencil(String id, String displayName, Outline outline, Palette fill, double width, double height) {
        this.id = id;
        this.displayName = displayName;
        this.outline = outline;
        this.fill = fill;
        this.width = width;
        this.height = height;
    }

    /** The word used in whiteboard.json. */
    public String id() {
        return id;
    }

    /** The palette entry's name and a new stencil's label. */
    public String displayName() {
        return displayName;
    }

    public Outline outline() {
        return outline;
    }

    /** The style a freshly dropped stencil gets (external systems are dashed: they are not ours). */
    public Style defaultStyle() {
        Style style = Style.DEFAULT.withFill(fill);
        return this == EXTERNAL_API ? style.withPattern(StrokePattern.DASHED) : style;
    }

    /** The size a freshly dropped stencil gets, a multiple of the default grid. */
    public Rect defaultBoundsAt(Point centre) {
        return Rect.centredAt(centre, width, height);
    }

    public static Optional<Stencil> fromId(String id) {
        for (Stencil candidate : VALUES) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
