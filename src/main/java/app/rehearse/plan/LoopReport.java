package app.rehearse.plan;

import app.rehearse.history.LoopRound;
import app.rehearse.history.SessionSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A mock loop's rounds side by side and the hiring call they add up to, rebuilt from the sessions marked as its
 * rounds. A round never started or never graded counts as 0: leaving one out can only lower the call.
 *
 * @param rounds the session of each round, by round; empty where the round never ran
 */
public record LoopReport(String loopId, List<Optional<SessionSummary>> rounds) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The call, from the mean of the round scores and the weakest round. */
    public enum Verdict {
        STRONG_HIRE("Strong hire", 80, 65, 0),
        HIRE("Hire", 70, 50, 0),
        LEAN_HIRE("Lean hire", 60, 50, 1),
        NO_HIRE("No hire", 0, 0, Integer.MAX_VALUE);

        private final String label;
        private final int meanAtLeast;
        private final int roundFloor;
        private final int roundsBelowAllowed;

        Verdict(String label, int meanAtLeast, int roundFloor, int roundsBelowAllowed) {
            this.label = label;
            this.meanAtLeast = meanAtLeast;
            this.roundFloor = roundFloor;
            this.roundsBelowAllowed = roundsBelowAllowed;
        }

        public String label() {
            return label;
        }

        boolean met(double mean, List<Integer> scores) {
            long below = scores.stream().filter(s -> s < roundFloor).count();
            return mean >= meanAtLeast && below <= roundsBelowAllowed;
        }

        String rule() {
            if (this == NO_HIRE) {
                return "otherwise " + label;
            }
            return label + ": mean \u2265 " + meanAtLeast + " and " + (roundsBelowAllowed == 0 ? "every round \u2265 "
                    + roundFloor : "at most " + roundsBelowAllowed + " round under " + roundFloor);
        }
    }

    public LoopReport {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a loop has at least one round");
        }
    }

    /** Every loop these sessions were rounds of, the latest first. */
    public static List<LoopReport> of(List<SessionSummary> sessions) {
        Map<String, List<SessionSummary>> byLoop = sessions.stream().filter(s -> s.loop().isPresent())
                .collect(Collectors.groupingBy(s -> s.loop().get().loopId(), LinkedHashMap::new, Collectors.toList()));
        List<LoopReport> reports = new ArrayList<>();
        byLoop.forEach((id, rounds) -> reports.add(of(id, rounds)));
        reports.sort(Comparator.comparing(LoopReport::startedAt).reversed());
        return List.copyOf(reports);
    }

    private static LoopReport of(String loopId, List<SessionSummary> marked) {
        int count = marked.stream().mapToInt(s -> s.loop().get().rounds()).max().orElseThrow();
        List<Optional<SessionSummary>> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int round = i;
            // A round run twice (a crash, then a fresh start) is the later session.
            rounds.add(marked.stream().filter(s -> s.loop().map(LoopRound::round).orElse(-1) == round)
                    .max(Comparator.comparing(SessionSummary::createdAt)));
        }
        return new LoopReport(loopId, rounds);
    }

    public Instant startedAt() {
        return rounds.stream().flatMap(Optional::stream).map(SessionSummary::createdAt).min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Each round's score, 0 for a round not run or not graded. */
    public List<Integer> scores() {
        return rounds.stream().map(r -> r.filter(SessionSummary::isGraded).map(s -> s.score().getAsInt()).orElse(0))
                .toList();
    }

    public double mean() {
        return scores().stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    public Verdict verdict() {
        double mean = mean();
        List<Integer> scores = scores();
        for (Verdict v : Verdict.values()) {
            if (v.met(mean, scores)) {
                return v;
            }
        }
        return Verdict.NO_HIRE;
    }

    /** The rounds graded, out of all of them. */
    public long graded() {
        return rounds.stream().filter(r -> r.filter(SessionSummary::isGraded).isPresent()).count();
    }

    /** The working, e.g. "mean (72 + 58 + 80 + 0) / 4 = 52.5; weakest round 0 → No hire". */
    public String formula() {
        List<Integer> scores = scores();
        String sum = scores.stream().map(String::valueOf).collect(Collectors.joining(" + "));
        return "mean (" + sum + ") / " + scores.size() + " = " + String.format(Locale.ROOT, "%.1f", mean())
                + "; weakest round " + scores.stream().mapToInt(Integer::intValue).min().orElse(0) + " \u2192 "
                + verdict().label();
    }

    /** The rules the call follows, strongest first, with what counts as 0. */
    public static String rules() {
        return Arrays.stream(Verdict.values()).map(Verdict::rule).collect(Collectors.joining(" \u00b7 "))
                + ". A round not run or not graded counts as 0.";
    }

    /** The report as Markdown: the call and its working, then a table of the rounds. */
    public String toMarkdown(ZoneId zone) {
        StringBuilder md = new StringBuilder("# Mock loop, ").append(DAY.format(startedAt().atZone(zone))).append("\n\n");
        md.append("**").append(verdict().label()).append("**: ").append(formula()).append("\n\n");
        md.append("_").append(rules()).append("_\n\n");
        md.append("| Round | Type | Question | Level | Score | Time |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < rounds.size(); i++) {
            md.append("| ").append(i + 1).append(" | ");
            Optional<SessionSummary> round = rounds.get(i);
            if (round.isEmpty()) {
                md.append("| not run | | 0 | |\n");
                continue;
            }
            SessionSummary s = round.get();
            md.append(s.type().label()).append(" | ").append(s.title().replace("|", "\\|")).append(" | ")
                    .append(s.level().id()).append(" | ")
                    .append(s.isGraded() ? String.valueOf(s.score().getAsInt()) : "not graded (0)").append(" | ")
                    .append(Math.round(s.durationMs() / 60_000.0)).append(" min |\n");
        }
        return md.toString();
    }
}
