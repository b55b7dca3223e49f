package app.rehearse.bank;

import java.util.List;

/** A file of trade-off dimensions. */
public record Checklist(String id, String title, String version, List<ChecklistDimension> dimensions) {
    public static final int SCHEMA_VERSION = 1;

    public Checklist {
        dimensions = List.copyOf(dimensions);
    }
}
