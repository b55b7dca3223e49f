package app.rehearse.stories;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which competencies the story bank covers, as a matrix of competencies by stories. The rows are the
 * senior themes, every competency the bank's behavioral questions probe, and any the user added.
 * <ul>
 *   <li>a <b>gap</b> is a competency no story covers;</li>
 *   <li>a <b>thin</b> one has a single story, or only stories that ended more than
 *       {@value #STALE_AFTER_YEARS} years ago (interviewers ask for recent examples);</li>
 *   <li>an <b>over-used</b> story is tagged with more than {@value #MOST_PER_STORY} competencies: told for
 *       every question, it wears out, and an interview loop hears it twice.</li>
 * </ul>
 */
public record Coverage(List<Row> rows, List<Story> overused) {
    public static final int STALE_AFTER_YEARS = 3;
    public static final int MOST_PER_STORY = 4;

    public enum Status { GAP, THIN, COVERED }

    /** One competency: the stories covering it, how well, and the behavioral questions that probe it. */
    public record Row(String competency, String label, List<Story> stories, Status status, String why,
            List<Question> probedBy) {
        public Row {
            stories = List.copyOf(stories);
            probedBy = List.copyOf(probedBy);
        }
    }

    public Coverage {
        rows = List.copyOf(rows);
        overused = List.copyOf(overused);
    }

    public static Coverage of(List<Story> stories, List<Question> questions, YearMonth now) {
        Map<Question, Set<String>> probes = new LinkedHashMap<>();
        questions.stream().filter(q -> q.type() == QuestionType.BEHAVIORAL)
                .forEach(q -> probes.put(q, Competencies.probedBy(q)));
        Map<Story, Set<String>> shows = new LinkedHashMap<>();
        stories.forEach(s -> shows.put(s, s.competencies().stream().map(Competencies::idOf)
                .collect(Collectors.toCollection(LinkedHashSet::new))));
        Set<String> competencies = new LinkedHashSet<>();
        Competencies.ALL.stream().filter(Competencies.Competency::seniorTheme).forEach(c -> competencies.add(c.id()));
        probes.values().forEach(competencies::addAll);
        shows.values().forEach(competencies::addAll);
        List<Row> rows = new ArrayList<>();
        YearMonth staleBefore = now.minusYears(STALE_AFTER_YEARS);
        for (String competency : competencies) {
            List<Story> covering = stories.stream().filter(s -> shows.get(s).contains(competency)).toList();
            List<Question> probing = probes.keySet().stream().filter(q -> probes.get(q).contains(competency)).toList();
            rows.add(row(competency, covering, probing, staleBefore));
        }
        List<Story> overused = stories.stream().filter(s -> s.competencies().size() > MOST_PER_STORY).toList();
        return new Coverage(rows, overused);
    }

    private static Row row(String competency, List<Story> covering, List<Question> probing, YearMonth staleBefore) {
        String label = Competencies.label(competency);
        if (covering.isEmpty()) {
            return new Row(competency, label, covering, Status.GAP, "no story yet", probing);
        }
        if (covering.stream().allMatch(s -> s.endedIn().isBefore(staleBefore))) {
            return new Row(competency, label, covering, Status.THIN, "only stories more than " + STALE_AFTER_YEARS
                    + " years old", probing);
        }
        if (covering.size() == 1) {
            return new Row(competency, label, covering, Status.THIN, "one story: a second question on it needs another",
                    probing);
        }
        return new Row(competency, label, covering, Status.COVERED, covering.size() + " stories", probing);
    }

    public List<Row> gaps() {
        return rows.stream().filter(r -> r.status() == Status.GAP).toList();
    }

    public List<Row> thin() {
        return rows.stream().filter(r -> r.status() == Status.THIN).toList();
    }
}
