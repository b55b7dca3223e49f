package app.rehearse.bank;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which questions a draw may pick. Empty sets mean "any". A question matches when its type is
 * among {@code types}, its level among {@code levels}, and it carries at least one of {@code tags}.
 */
public record DrawFilter(Set<QuestionType> types, Set<Level> levels, Set<String> tags) {
    public static final DrawFilter ANY = new DrawFilter(Set.of(), Set.of(), Set.of());

    public DrawFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        tags = Set.copyOf(tags);
    }

    public static DrawFilter ofType(QuestionType type) {
        return new DrawFilter(Set.of(type), Set.of(), Set.of());
    }

    public DrawFilter withLevels(Set<Level> newLevels) {
        return new DrawFilter(types, newLevels, tags);
    }

    public DrawFilter withTags(Set<String> newTags) {
        return new DrawFilter(types, levels, newTags);
    }

    public boolean matches(Question q) {
        return (types.isEmpty() || types.contains(q.type()))
                && (levels.isEmpty() || levels.contains(q.level()))
                && (tags.isEmpty() || q.tags().stream().anyMatch(tags::contains));
    }
}
