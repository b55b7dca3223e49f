package app.rehearse.stories;

import java.util.Arrays;
import java.util.Optional;

/** How far a story's work reached: a senior story is usually more than one team's. */
public enum StoryScope {
    TEAM("team", "My team"),
    MULTI_TEAM("multi-team", "Several teams"),
    ORG("org", "The organisation");

    private final String id;
    private final String label;

    StoryScope(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used in story files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<StoryScope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
