package app.rehearse.history;

import app.rehearse.bank.QuestionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Whether practice is paying off: scores over time, the practice calendar and streak, and the weakest areas. */
public final class ProgressStats {
    /** An area needs this many graded sessions before it can be called weak. */
    static final int MIN_SAMPLES = 2;

    private final List<SessionSummary> graded;
    private final ZoneId zone;
    private final NavigableMap<LocalDate, Integer> calendar;

    private ProgressStats(List<SessionSummary> graded, ZoneId zone, NavigableMap<LocalDate, Integer> calendar) {
        this.graded = graded;
        this.zone = zone;
        this.calendar = calendar;
    }

    public static ProgressStats of(List<SessionSummary> sessions, ZoneId zone) {
        List<SessionSummary> oldestFirst = new ArrayList<>(sessions);
        oldestFirst.sort(Comparator.comparing(SessionSummary::createdAt).thenComparing(SessionSummary::id));
        NavigableMap<LocalDate, Integer> calendar = new TreeMap<>();
        for (SessionSummary s : oldestFirst) {
            if (s.isFinished()) {
                calendar.merge(s.day(zone), 1, Integer::sum);
            }
        }
        return new ProgressStats(oldestFirst.stream().filter(SessionSummary::isGraded).toList(), zone,
                Collections.unmodifiableNavigableMap(calendar));
    }

    /** Every graded session's score, oldest first. */
    public List<ScorePoint> overall() {
        return graded.stream().map(s -> point(s, s.score().getAsInt())).toList();
    }

    /** Scores per question type, oldest first; types never graded are absent. */
    public Map<QuestionType, List<ScorePoint>> byType() {
        Map<QuestionType, List<ScorePoint>> out = new EnumMap<>(QuestionType.class);
        graded.forEach(s -> out.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(point(s, s.score().getAsInt())));
        return freeze(out);
    }

    /** Per trade-off dimension, its checklist points as a percentage of 3, from every grade that scored it, oldest first. */
    public Map<String, List<ScorePoint>> byDimension() {
        Map<String, List<ScorePoint>> out = new TreeMap<>();
        for (SessionSummary s : graded) {
            s.dimensionPoints().forEach((dimension, points) ->
                    out.computeIfAbsent(dimension, d -> new ArrayList<>()).add(point(s, percentOfThree(points))));
        }
        return freeze(out);
    }

    /** Finished sessions per day (the day each began). Days without practice are absent. */
    public NavigableMap<LocalDate, Integer> calendar() {
        return calendar;
    }

    public Streak streak(LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : calendar.keySet()) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean practisedToday = calendar.containsKey(today);
        LocalDate end = practisedToday ? today : today.minusDays(1);
        int current = 0;
        while (calendar.containsKey(end.minusDays(current))) {
            current++;
        }
        Optional<LocalDate> last = calendar.isEmpty() ? Optional.empty() : Optional.of(calendar.lastKey());
        return new Streak(current, longest, practisedToday, last);
    }

    /**
     * The weakest areas first: trade-off dimensions, competencies and tags, each judged on its
     * {@value AreaSamples#RECENT} most recent graded samples, and only once it has at least
     * {@value #MIN_SAMPLES}: one bad session is not a weakness. A tag that names the same area as a
     * dimension or competency is that area, listed once. Ties go to the area with more samples.
     */
    public List<WeakArea> weakAreas(int limit) {
        List<WeakArea> areas = new ArrayList<>();
        for (AreaSamples area : areas()) {
            List<AreaSamples.Sample> values = area.samples();
            if (values.size() < MIN_SAMPLES) {
                continue;
            }
            areas.add(new WeakArea(area.kind(), area.key(), area.recentAverage(), area.recent().size()));
        }
        areas.sort(Comparator.comparingDouble(WeakArea::average).thenComparing(a -> -a.samples())
                .thenComparing(WeakArea::kind).thenComparing(WeakArea::key));
        return List.copyOf(areas.subList(0, Math.min(Math.max(0, limit), areas.size())));
    }

    /**
     * Every area graded sessions say something about, dimensions first, then competencies, then tags: a
     * dimension's samples are its checklist points as a percentage of 3, a competency's and a tag's the session's
     * score. A tag that names a dimension or competency is that area, listed once.
     */
    public List<AreaSamples> areas() {
        Map<String, List<AreaSamples.Sample>> dims = new LinkedHashMap<>();
        Map<String, List<AreaSamples.Sample>> competencies = new LinkedHashMap<>();
        Map<String, List<AreaSamples.Sample>> tags = new LinkedHashMap<>();
        for (SessionSummary s : graded) {
            int score = s.score().getAsInt();
            Instant at = s.finishedAt().orElse(s.createdAt());
            s.dimensionPoints().forEach((d, p) -> dims.computeIfAbsent(d, k -> new ArrayList<>())
                    .add(new AreaSamples.Sample(at, percentOfThree(p), s.questionId())));
            s.competency().ifPresent(c -> competencies.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(new AreaSamples.Sample(at, score, s.questionId())));
            s.tags().forEach(t -> tags.computeIfAbsent(t, k -> new ArrayList<>())
                    .add(new AreaSamples.Sample(at, score, s.questionId())));
        }
        tags.keySet().removeAll(dims.keySet());
        tags.keySet().removeAll(competencies.keySet());
        List<AreaSamples> areas = new ArrayList<>();
        dims.forEach((key, samples) -> areas.add(new AreaSamples(WeakArea.Kind.DIMENSION, key, samples)));
        competencies.forEach((key, samples) -> areas.add(new AreaSamples(WeakArea.Kind.COMPETENCY, key, samples)));
        tags.forEach((key, samples) -> areas.add(new AreaSamples(WeakArea.Kind.TAG, key, samples)));
        return List.copyOf(areas);
    }

    private ScorePoint point(SessionSummary s, int value) {
        return new ScorePoint(s.createdAt(), s.day(zone), s.id(), value);
    }

    private static int percentOfThree(int points) {
        return (int) Math.round(points * 100.0 / 3);
    }

    private static <K> Map<K, List<ScorePoint>> freeze(Map<K, List<ScorePoint>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }
}
