package app.rehearse.history;

import app.rehearse.bank.QuestionType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which sessions the history shows besides the search words. Empty sets and empty bounds mean
 * "any". Bounds are inclusive; dates are the days sessions began, in the index's zone. A score
 * range leaves out sessions that are not graded.
 */
public record HistoryFilter(Set<QuestionType> types, Set<String> tags, Optional<LocalDate> from, Optional<LocalDate> to,
        OptionalInt minScore, OptionalInt maxScore) {

    public static final HistoryFilter ANY = new HistoryFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty());

    public HistoryFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        tags = Set.copyOf(tags);
    }

    /** Only this type; {@code Optional.empty()} means any type (the "any" entry of a type choice). */
    public HistoryFilter withType(Optional<QuestionType> type) {
        return new HistoryFilter(type.map(Set::of).orElse(Set.of()), tags, from, to, minScore, maxScore);
    }

    public HistoryFilter withTypes(Set<QuestionType> newTypes) {
        return new HistoryFilter(newTypes, tags, from, to, minScore, maxScore);
    }

    /** Sessions whose question carries at least one of these tags. */
    public HistoryFilter withTags(Set<String> newTags) {
        return new HistoryFilter(types, newTags, from, to, minScore, maxScore);
    }

    public HistoryFilter withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new HistoryFilter(types, tags, newFrom, newTo, minScore, maxScore);
    }

    public HistoryFilter withScores(OptionalInt newMin, OptionalInt newMax) {
        return new HistoryFilter(types, tags, from, to, newMin, newMax);
    }

    /** True when nothing is restricted; damaged sessions are listed only then (their fields are unknown). */
    public boolean isAny() {
        return types.isEmpty() && tags.isEmpty() && from.isEmpty() && to.isEmpty() && minScore.isEmpty()
                && maxScore.isEmpty();
    }

    public boolean matches(SessionSummary s, ZoneId zone) {
        if (!types.isEmpty() && !types.contains(s.type())) {
            return false;
        }
        if (!tags.isEmpty() && s.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        if (from.isPresent() || to.isPresent()) {
            LocalDate day = s.day(zone);
            if (from.isPresent() && day.isBefore(from.get()) || to.isPresent() && day.isAfter(to.get())) {
                return false;
            }
        }
        if (minScore.isPresent() || maxScore.isPresent()) {
            if (s.score().isEmpty()) {
                return false;
            }
            int score = s.score().getAsInt();
            return (minScore.isEmpty() || score >= minScore.getAsInt()) && (maxScore.isEmpty() || score <= maxScore.getAsInt());
        }
        return true;
    }
}
