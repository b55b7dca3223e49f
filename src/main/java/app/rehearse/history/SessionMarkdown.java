package app.rehearse.history;

import app.rehearse.bank.Question;
import app.rehearse.bank.Reference;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.grading.ChecklistScore;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.RubricScore;
import app.rehearse.grading.ScoreBreakdown;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.Scorecard;
import app.rehearse.grading.StarElement;
import app.rehearse.practice.Durations;
import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.HintUse;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One session as a plain Markdown document, readable in any Markdown tool. */
final class SessionMarkdown {
    private static final Pattern HEADING = Pattern.compile("#{1,6}(\\s|$)");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private final Function<String, String> dimensionTitle;

    SessionMarkdown(ZoneId zone, Function<String, String> dimensionTitle) {
        this.zone = zone;
        this.dimensionTitle = dimensionTitle;
    }

    String render(StoredSession stored, Optional<String> imageFile) {
        SessionSnapshot s = stored.snapshot();
        Question q = s.question();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(q.title())).append("\n\n");
        md.append("- **Date:** ").append(when(s.createdAt())).append('\n');
        md.append("- **Type:** ").append(q.type().label()).append(" · **Level:** ").append(q.level().id()).append('\n');
        if (!q.tags().isEmpty()) {
            md.append("- **Tags:** ").append(String.join(", ", q.tags())).append('\n');
        }
        q.competency().ifPresent(c -> md.append("- **Competency:** ").append(c).append('\n'));
        md.append("- **Question:** `").append(q.id()).append("`\n");
        md.append("- **Time:** ").append(clock(s.elapsedMs())).append(" of ").append(clock(s.plan().totalMinutes() * 60_000L))
                .append(" planned").append(s.overtimeMs() > 0 ? ", phases over by " + clock(s.overtimeMs()) : "").append('\n');
        md.append("- **State:** ").append(s.state().id()).append('\n');
        SessionReview review = SessionReview.of(stored);
        md.append("- **Score:** ").append(review.score().map(ScoreBreakdown::totalText).orElse("not graded"))
                .append("\n\n");
        md.append("## Prompt\n\n").append(nested(q.prompt())).append("\n\n");
        imageFile.ifPresent(f -> md.append("## Whiteboard\n\n![Whiteboard](").append(f).append(")\n\n"));
        phases(md, review.phases());
        hints(md, s);
        followUps(md, s);
        md.append("## Notes\n\n").append(stored.notes().isBlank() ? "_No notes._" : asTyped(nested(stored.notes()))).append("\n\n");
        scorecard(md, q, review);
        return md.toString();
    }

    private void phases(StringBuilder md, List<PhaseSlice> phases) {
        md.append("## Phases\n\n| Phase | Planned | Actual | Over |\n|---|---:|---:|---:|\n");
        for (PhaseSlice p : phases) {
            md.append("| ").append(cell(p.name())).append(" | ").append(clock(p.plannedMs())).append(" | ")
                    .append(p.reached() ? clock(p.actualMs()) : "not reached").append(" | ")
                    .append(p.overrunMs() > 0 ? "+" + clock(p.overrunMs()) : "").append(" |\n");
        }
        md.append('\n');
    }

    private void hints(StringBuilder md, SessionSnapshot s) {
        md.append("## Hints used (").append(s.hintsUsed().size()).append(" of ").append(s.question().hints().size())
                .append(")\n\n");
        if (s.hintsUsed().isEmpty()) {
            md.append("_None._\n\n");
            return;
        }
        for (HintUse h : s.hintsUsed()) {
            md.append(h.index() + 1).append(". ").append(oneLine(h.text())).append(" _(at ").append(clock(h.atMs()))
                    .append(", ").append(phaseName(s, h.phaseId())).append(")_\n");
        }
        md.append('\n');
    }

    private void followUps(StringBuilder md, SessionSnapshot s) {
        md.append("## Follow-ups asked\n\n");
        if (s.followUpsShown().isEmpty()) {
            md.append("_None._\n\n");
            return;
        }
        for (FollowUpShown f : s.followUpsShown()) {
            md.append("- ").append(oneLine(f.text())).append(" _(").append(f.kind().id()).append(", at ")
                    .append(clock(f.atMs())).append(", ").append(phaseName(s, f.phaseId())).append(")_\n");
        }
        md.append('\n');
    }

    private void scorecard(StringBuilder md, Question q, SessionReview review) {
        md.append("## Scorecard\n\n");
        if (review.gradeProblem().isPresent()) {
            md.append("_The grades could not be read: ").append(oneLine(review.gradeProblem().get())).append("_\n");
            return;
        }
        if (review.scorecard().isEmpty()) {
            md.append("_Not graded._\n");
            return;
        }
        Scorecard card = review.scorecard().get();
        GradeHistory history = review.grades();
        ScoreBreakdown score = ScoreFormula.score(card);
        md.append("**Score: ").append(score.totalText()).append("** (graded ").append(when(card.gradedAt())).append(")\n\n");
        md.append("```\n").append(score.explain()).append("\n```\n\n");
        if (!card.rubric().isEmpty()) {
            md.append("| Rubric criterion | Weight | Level |\n|---|---:|---|\n");
            List<RubricCriterion> criteria = q.rubric();
            for (int i = 0; i < card.rubric().size(); i++) {
                RubricScore r = card.rubric().get(i);
                String name = i < criteria.size() ? criteria.get(i).criterion() : "Criterion " + (i + 1);
                md.append("| ").append(cell(name)).append(" | ").append(r.weight()).append(" | ")
                        .append(r.level().map(l -> l.label() + " (" + l.points() + "/3)").orElse("not scored")).append(" |\n");
            }
            md.append('\n');
        }
        if (!card.checklist().isEmpty()) {
            md.append("| Trade-off | Stressed | Level | Note |\n|---|---|---|---|\n");
            for (ChecklistScore row : card.checklist()) {
                md.append("| ").append(cell(dimensionTitle.apply(row.dimensionId()))).append(" | ")
                        .append(row.stressed() ? "yes" : "").append(" | ")
                        .append(row.level().map(l -> l.label() + " (" + l.points() + "/3)").orElse("not scored"))
                        .append(" | ").append(cell(row.note().orElse(""))).append(" |\n");
            }
            md.append('\n');
        }
        if (card.behavioral()) {
            md.append("**STAR:** ").append(String.join(" · ", java.util.Arrays.stream(StarElement.values())
                    .map(e -> (card.star().contains(e) ? "✓ " : "✗ ") + e.label()).toList()));
            md.append("  \n**Within target length:** ").append(card.withinTarget().map(w -> w ? "yes" : "no").orElse("not answered"))
                    .append("\n\n");
        }
        if (!card.notes().isBlank()) {
            md.append("### Reflection\n\n").append(nested(card.notes())).append("\n\n");
        }
        if (history.size() > 1) {
            md.append("_Graded ").append(history.size()).append(" times; earlier scores: ");
            List<Scorecard> earlier = history.scorecards().subList(0, history.size() - 1);
            md.append(String.join(", ", earlier.stream().map(c -> ScoreFormula.score(c).totalText()).toList())).append("._\n");
        }
    }

    private static String phaseName(SessionSnapshot s, String phaseId) {
        return s.plan().phases().stream().filter(p -> p.id().equals(phaseId)).findFirst().map(p -> p.name()).orElse(phaseId);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour up. */
    /** The reference answer as a last section of an exported session, its headings nested under it. */
    static String reference(Reference reference, Optional<String> diagramFile) {
        StringBuilder out = new StringBuilder("\n## Reference answer\n\n").append(nested(reference.outline().strip()))
                .append("\n");
        diagramFile.ifPresent(f -> out.append("\n![Reference diagram](").append(f).append(")\n"));
        signals(out, "Senior signals", reference.seniorSignals());
        signals(out, "What a staff answer adds", reference.staffSignals());
        signals(out, "Common pitfalls", reference.pitfalls());
        return out.toString();
    }

    private static void signals(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append("\n### ").append(title).append("\n\n");
            items.forEach(item -> out.append("- ").append(oneLine(item)).append('\n'));
        }
    }

    static String clock(long ms) {
        return Durations.clock(ms);
    }

    /**
     * The user's Markdown placed under one of this document's sections: its headings move two
     * levels down (at most to level 6) so they nest under the section instead of breaking the
     * outline. Code blocks are left exactly as they are.
     */
    static String nested(String markdown) {
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : markdown.strip().split("\n", -1)) {
            String trimmed = line.stripLeading();
            boolean indentedLittle = line.length() - trimmed.length() < 4;
            if (indentedLittle && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                String marker = trimmed.substring(0, 3);
                fence = fence == null ? marker : fence.equals(marker) ? null : fence;
            } else if (fence == null && indentedLittle && HEADING.matcher(trimmed).lookingAt()) {
                int level = trimmed.indexOf(' ') < 0 ? trimmed.length() : trimmed.indexOf(' ');
                line = "#".repeat(Math.min(6, level + 2)) + trimmed.substring(level);
            }
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /**
     * Notes as typed: a single newline inside a paragraph becomes a Markdown hard break (a trailing
     * backslash), so other Markdown readers keep the lines the user typed. Code blocks stay as they are.
     */
    static String asTyped(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            boolean fenceLine = trimmed.startsWith("```") || trimmed.startsWith("~~~");
            if (fenceLine) {
                inFence = !inFence;
            }
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isBlank();
            boolean paragraphLine = !inFence && !fenceLine && !line.isBlank() && !trimmed.startsWith("#")
                    && line.length() - trimmed.length() < 4 && !line.endsWith("\\");
            out.append(line);
            if (paragraphLine && nextIsText) {
                out.append('\\');
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
