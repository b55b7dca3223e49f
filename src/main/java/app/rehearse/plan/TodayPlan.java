package app.rehearse.plan;

import app.rehearse.bank.Question;
import app.rehearse.history.AreaSamples;
import app.rehearse.history.SessionSummary;
import app.rehearse.history.Streak;
import app.rehearse.history.WeakArea;
import app.rehearse.practice.SessionState;
import app.rehearse.practice.StudyGoal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What to practise today, worked out from the sessions on disk, the bank, the user's goal and the clock
 * alone, so recomputing it gives the same answer. Questions are scheduled by FSRS from their graded
 * sessions (a finished, ungraded one is a weak review); areas (trade-off dimensions, competencies,
 * tags) count as weak once two graded sessions average under {@value Rating#GOOD_FROM}/100, and are
 * scheduled the same way; areas no graded session has touched fill the rest of the day, except in the last
 * {@value Deadline#FINAL_STRETCH_DAYS} days before the interview, which are for what was already practised.
 *
 * @param due today's items, reviews first, then weak areas, then new areas
 * @param summary the plan up to the interview date in words, with the formula's inputs
 * @param week sessions finished this week (from Monday) against the sessions planned for it
 */
public record TodayPlan(List<DueItem> due, String summary, Streak streak, Week week, Optional<SessionSummary> last) {
    /** The most items a day's list shows, so it stays a day's work. */
    public static final int MAX_ITEMS = 6;
    static final int MIN_SAMPLES = 2;
    private static final int SHOWN_NAMES = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public record Week(int done, int planned) {
    }

    public TodayPlan {
        due = List.copyOf(due);
    }

    /**
     * @param dimensions trade-off dimension titles by id, to name them
     * @param streak the practice streak as Progress counts it
     */
    public static TodayPlan of(List<SessionSummary> sessions, List<Question> bank, Map<String, String> dimensions,
            StudyGoal goal, Scheduler scheduler, Streak streak) {
        LocalDate today = scheduler.today();
        List<SessionSummary> finished = sessions.stream().filter(s -> s.state() == SessionState.FINISHED)
                .sorted(Comparator.comparing(SessionSummary::createdAt)).toList();
        Areas areas = Areas.of(finished, dimensions, scheduler.zone());
        List<DueItem> due = new ArrayList<>(reviews(finished, scheduler, today));
        due.addAll(weakAreas(areas, bank, finished, scheduler, today));
        // In the last days before the interview, rehearse what was practised rather than open new material.
        List<DueItem> fresh = scheduler.phase() == Phase.FINAL_DAYS || scheduler.phase() == Phase.INTERVIEW_DAY
                ? List.of() : newAreas(areas, bank, finished, dimensions);
        for (DueItem item : fresh) {
            if (due.size() >= MAX_ITEMS) {
                break;
            }
            due.add(item);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int done = (int) finished.stream().filter(s -> !day(s, scheduler).isBefore(monday)).count();
        Week week = new Week(done, goal.daysPerWeek());
        return new TodayPlan(due.size() > MAX_ITEMS ? due.subList(0, MAX_ITEMS) : due,
                summary(areas, bank, dimensions, goal, scheduler, week), streak,
                week, finished.isEmpty() ? Optional.empty() : Optional.of(finished.get(finished.size() - 1)));
    }

    /** Questions whose FSRS review falls today or earlier, the longest overdue first. */
    private static List<DueItem> reviews(List<SessionSummary> finished, Scheduler scheduler, LocalDate today) {
        Map<String, List<SessionSummary>> byQuestion = finished.stream()
                .collect(Collectors.groupingBy(SessionSummary::questionId, LinkedHashMap::new, Collectors.toList()));
        List<Map.Entry<LocalDate, DueItem>> due = new ArrayList<>();
        byQuestion.forEach((id, attempts) -> scheduler.schedule(attempts.stream().map(TodayPlan::review).toList())
                .filter(item -> !item.due().isAfter(today)).ifPresent(item -> {
                    SessionSummary last = attempts.get(attempts.size() - 1);
                    String score = last.score().isPresent() ? last.score().getAsInt() + "/100" : "not graded";
                    due.add(Map.entry(item.due(), new DueItem(DueItem.Kind.REVIEW, last.title(), "last " + score + " on "
                            + DAY.format(day(last, scheduler)) + ", " + dueWords(item.due(), today), Optional.of(id))));
                }));
        return due.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** "3", or "the last 10" once an area has more samples than it is judged on. */
    private static String overWhich(AreaSamples samples) {
        int judged = samples.recent().size();
        return samples.samples().size() > judged ? "the last " + judged : String.valueOf(judged);
    }

    private static List<DueItem> weakAreas(Areas areas, List<Question> bank, List<SessionSummary> finished,
            Scheduler scheduler, LocalDate today) {
        List<Map.Entry<Double, DueItem>> weak = new ArrayList<>();
        for (Areas.Area area : areas.all()) {
            if (!area.judgeable(MIN_SAMPLES) || area.average() >= Rating.GOOD_FROM) {
                continue;
            }
            scheduler.schedule(area.samples().samples().stream().map(s -> new Review(s.at(), Rating.fromScore(s.percent()))).toList())
                    .filter(item -> !item.due().isAfter(today)).ifPresent(item -> weak.add(Map.entry(area.average(),
                            new DueItem(DueItem.Kind.WEAK_AREA, area.name(), "average " + Math.round(area.average())
                                    + "/100 over " + overWhich(area.samples()) + " graded sessions, " + dueWords(item.due(), today),
                                    questionFor(area.covers(), bank, finished)))));
        }
        return weak.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    private static List<DueItem> newAreas(Areas areas, List<Question> bank, List<SessionSummary> finished,
            Map<String, String> dimensions) {
        List<DueItem> fresh = new ArrayList<>();
        for (String competency : Areas.competencies(bank)) {
            if (!areas.graded(WeakArea.Kind.COMPETENCY, competency)) {
                fresh.add(new DueItem(DueItem.Kind.NEW_AREA, competency, "no graded session yet for this competency",
                        questionFor(q -> q.competency().filter(competency::equals).isPresent(), bank, finished)));
            }
        }
        for (String dimension : Areas.stressedDimensions(bank)) {
            if (!areas.graded(WeakArea.Kind.DIMENSION, dimension) && dimensions.containsKey(dimension)) {
                fresh.add(new DueItem(DueItem.Kind.NEW_AREA, dimensions.get(dimension),
                        "no graded session yet on this trade-off",
                        questionFor(q -> q.tradeOffs().contains(dimension), bank, finished)));
            }
        }
        return fresh;
    }

    /** A question covering an area: one never practised if there is one, else the least recently practised. */
    static Optional<String> questionFor(Predicate<Question> covers, List<Question> bank,
            List<SessionSummary> finished) {
        Map<String, SessionSummary> lastById = new LinkedHashMap<>();
        finished.forEach(s -> lastById.put(s.questionId(), s));
        return bank.stream().filter(covers).min(Comparator.comparing((Question q) -> lastById.containsKey(q.id()))
                .thenComparing(q -> lastById.containsKey(q.id()) ? lastById.get(q.id()).createdAt().toEpochMilli() : 0L)
                .thenComparing(Question::id)).map(Question::id);
    }

    private static String summary(Areas areas, List<Question> bank, Map<String, String> dimensions, StudyGoal goal,
            Scheduler scheduler, Week week) {
        int perWeek = goal.daysPerWeek();
        int design = Math.max(1, Math.round(perWeek * 0.5f));
        int stories = Math.max(1, Math.round(perWeek * 0.3f));
        int drills = Math.max(0, perWeek - design - stories);
        Set<String> openCompetencies = new TreeSet<>();
        Areas.competencies(bank).stream().filter(c -> !areas.graded(WeakArea.Kind.COMPETENCY, c)).forEach(openCompetencies::add);
        Set<String> openDimensions = new TreeSet<>();
        Areas.stressedDimensions(bank).stream().filter(d -> dimensions.containsKey(d) && !areas.graded(WeakArea.Kind.DIMENSION, d))
                .forEach(openDimensions::add);
        StringBuilder text = new StringBuilder();
        OptionalInt daysLeft = scheduler.daysLeft();
        if (daysLeft.isPresent() && daysLeft.getAsInt() >= 0) {
            long weeks = Math.max(1, (daysLeft.getAsInt() + 6) / 7);
            text.append(daysLeft.getAsInt()).append(daysLeft.getAsInt() == 1 ? " day" : " days").append(" to the interview on ")
                    .append(DAY.format(scheduler.deadline().interview().orElseThrow())).append(". ");
            long sessionsLeft = weeks * perWeek;
            int open = openCompetencies.size() + openDimensions.size();
            if (scheduler.phase() == Phase.FINAL_DAYS || scheduler.phase() == Phase.INTERVIEW_DAY) {
                text.append("The last days are for full mock loops and what you have practised, not new material. ");
            } else {
                text.append(open <= sessionsLeft ? "On track: " : "Behind: ").append(open)
                        .append(open == 1 ? " area" : " areas").append(" not yet graded, about ").append(sessionsLeft)
                        .append(" sessions left at ").append(perWeek).append(" a week. ");
            }
        } else if (daysLeft.isPresent()) {
            text.append("The interview date has passed; set the next one to plan towards it. ");
        } else {
            text.append("No interview date set: practice is scheduled by memory alone. ");
        }
        text.append("Each week: ").append(design).append(" system design, ").append(stories)
                .append(stories == 1 ? " behavioral story" : " behavioral stories");
        if (drills > 0) {
            text.append(", ").append(drills).append(drills == 1 ? " trade-off drill" : " trade-off drills");
        }
        text.append(". This week: ").append(week.done()).append(" of ").append(week.planned()).append(" sessions.");
        if (!openCompetencies.isEmpty()) {
            text.append("\nNo graded story yet for ").append(some(List.copyOf(openCompetencies), "competency", "competencies"));
        }
        if (!openDimensions.isEmpty()) {
            text.append("\nNo graded session yet on ").append(some(openDimensions.stream().map(dimensions::get).toList(),
                    "trade-off", "trade-offs"));
        }
        return text.toString();
    }

    /** "3 competencies: a, b, c." or "23 competencies: a, b, c, d, e and 18 more." */
    private static String some(List<String> names, String one, String many) {
        int shown = Math.min(names.size(), SHOWN_NAMES);
        String listed = String.join(", ", names.subList(0, shown));
        return names.size() + " " + (names.size() == 1 ? one : many) + ": " + listed
                + (names.size() > shown ? " and " + (names.size() - shown) + " more." : ".");
    }

    static Review review(SessionSummary s) {
        return new Review(s.finishedAt().orElse(s.createdAt()), s.score().isPresent() ? Rating.fromScore(s.score().getAsInt())
                : Rating.UNGRADED);
    }

    private static LocalDate day(SessionSummary s, Scheduler scheduler) {
        return s.finishedAt().orElse(s.createdAt()).atZone(scheduler.zone()).toLocalDate();
    }

    private static String dueWords(LocalDate due, LocalDate today) {
        long late = ChronoUnit.DAYS.between(due, today);
        return late == 0 ? "due today" : "due since " + DAY.format(due) + " (" + late + (late == 1 ? " day)" : " days)");
    }
}
