package app.rehearse.history;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionType;
import app.rehearse.bank.RubricCriterion;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingPlan;
import app.rehearse.grading.RubricLevel;
import app.rehearse.grading.Scorecard;
import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.HintUse;
import app.rehearse.practice.PhasePlan;
import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.SessionState;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Writes realistic session folders into a temporary data directory. */
final class SessionFixture {
    static final Instant DAY_ONE = Instant.parse("2026-03-02T09:00:00Z");
    static final List<PhaseSpec> PHASES = List.of(new PhaseSpec("scope", "Scope", 5), new PhaseSpec("design", "Design", 20),
            new PhaseSpec("wrap-up", "Wrap-up", 5));

    final DataLayout layout;
    final SessionRepository repository;

    SessionFixture(Path home) {
        this.layout = new DataLayout(home);
        this.repository = new SessionRepository(layout.sessions(), layout.trash(), ZoneOffset.UTC);
    }

    /**
     * Makes every session file a minute old, as files are between sessions: the index reads
     * files changed in the last couple of seconds again, in case they change within one clock tick.
     */
    void settle() throws IOException {
        java.nio.file.attribute.FileTime minuteAgo = java.nio.file.attribute.FileTime.from(
                Instant.now().minusSeconds(60));
        try (var files = java.nio.file.Files.walk(layout.sessions())) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.setLastModifiedTime(file, minuteAgo);
            }
        }
    }

    static Question question(String id, QuestionType type, String title, List<String> tags, Optional<String> competency,
            List<String> tradeOffs) {
        return new Question(id, type, title, "Design **" + title + "** for 10M users.\n\n- read path\n- write path",
                Level.SENIOR, tags, competency, List.of(), List.of("Start with the numbers.", "Where is the state?"),
                List.of(new FollowUp("How do you shard?", FollowUp.Kind.PROBE),
                        new FollowUp("A region goes down.", FollowUp.Kind.CURVEBALL)),
                List.of(new RubricCriterion("Scope", "Asks about scale.", "Jumps to boxes.", 2),
                        new RubricCriterion("Trade-offs", "Names them.", "Ignores them.", 1)),
                tradeOffs, OptionalInt.empty(), type == QuestionType.BEHAVIORAL ? List.of() : PHASES);
    }

    static Question design(String id, String title, String... tags) {
        return question(id, QuestionType.SYSTEM_DESIGN, title, List.of(tags), Optional.empty(),
                List.of("consistency-vs-availability"));
    }

    Builder session(Question q, Instant at) {
        return new Builder(q, at);
    }

    final class Builder {
        private final Question q;
        private final Instant at;
        private String notes = "";
        private int hints;
        private boolean finished = true;
        private long[] phaseMinutes = {6, 18, 5};
        private Optional<RubricLevel> rubric = Optional.empty();
        private Optional<ChecklistLevel> checklist = Optional.empty();
        private String gradeNotes = "";
        private int grades;
        private RubricLevel earlierRubric = RubricLevel.MISSING;

        Builder(Question q, Instant at) {
            this.q = q;
            this.at = at;
        }

        Builder notes(String text) {
            notes = text;
            return this;
        }

        Builder hints(int count) {
            hints = count;
            return this;
        }

        Builder unfinished() {
            finished = false;
            return this;
        }

        Builder phaseMinutes(long... minutes) {
            phaseMinutes = minutes;
            return this;
        }

        /** Grades the rubric (both criteria) and the stressed dimension at these levels. */
        Builder graded(RubricLevel rubricLevel, ChecklistLevel checklistLevel, String reflection) {
            rubric = Optional.of(rubricLevel);
            checklist = Optional.of(checklistLevel);
            gradeNotes = reflection;
            grades = 1;
            return this;
        }

        Builder regraded() {
            grades = 2;
            return this;
        }

        /** Graded twice: first with every rubric criterion at {@code earlier}, then as {@link #graded} says. */
        Builder regradedFrom(RubricLevel earlier) {
            earlierRubric = earlier;
            return regraded();
        }

        String write() throws IOException {
            String id = repository.newId(q.id(), at);
            PhasePlan plan = new PhasePlan(q.phases().isEmpty() ? PHASES : q.phases());
            List<PhaseRecord> timeline = new ArrayList<>();
            long t = 0;
            int reached = finished ? plan.size() : Math.min(2, plan.size());
            for (int i = 0; i < reached; i++) {
                long length = phaseMinutes[Math.min(i, phaseMinutes.length - 1)] * 60_000;
                boolean open = !finished && i == reached - 1;
                timeline.add(new PhaseRecord(plan.phase(i).id(), plan.phase(i).name(), plan.phase(i).minutes(), t,
                        open ? OptionalLong.empty() : OptionalLong.of(t + length), notes.length() * i / plan.size()));
                t += length;
            }
            List<HintUse> used = new ArrayList<>();
            for (int i = 0; i < hints; i++) {
                used.add(new HintUse(i, q.hints().get(i), 60_000L * (i + 1), plan.phase(0).id()));
            }
            List<FollowUpShown> followUps = List.of(new FollowUpShown(0, q.followUps().get(0).text(), FollowUp.Kind.PROBE,
                    FollowUpShown.Trigger.PHASE_BOUNDARY, 6 * 60_000L, plan.phase(1).id()));
            SessionSnapshot s = new SessionSnapshot(id, q, plan, finished ? SessionState.FINISHED : SessionState.PAUSED, at,
                    at.plusMillis(t), finished ? Optional.of(at.plusMillis(t)) : Optional.empty(), t, reached - 1,
                    timeline.get(reached - 1).startMs(), 0, false, timeline, used, followUps);
            repository.save(s, notes);
            if (grades > 0) {
                Scorecard card = card(s, at.plusMillis(t + 60_000));
                GradeHistory history = GradeHistory.empty();
                if (grades > 1) {
                    history = history.append(card.withRubricLevel(0, Optional.of(earlierRubric))
                            .withRubricLevel(1, Optional.of(earlierRubric)));
                }
                history = history.append(card);
                repository.saveField(id, GradeHistoryJson.FIELD, GradeHistoryJson.toJson(history));
            }
            return id;
        }

        private Scorecard card(SessionSnapshot s, Instant gradedAt) {
            List<ChecklistDimension> dims = q.tradeOffs().stream().map(d -> new ChecklistDimension(d, "Title " + d, "L", "R",
                    "About " + d, List.of("Did I?"))).toList();
            Scorecard card = GradingPlan.forQuestion(q, dims).blankScorecard(hints, s.overtimeMs() / 1000, gradedAt)
                    .withRubricLevel(0, rubric).withRubricLevel(1, rubric).withNotes(gradeNotes);
            for (String d : q.tradeOffs()) {
                card = card.withChecklistLevel(d, checklist);
            }
            return card;
        }
    }
}
