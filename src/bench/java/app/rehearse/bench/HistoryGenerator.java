package app.rehearse.bench;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.FollowUp;
import app.rehearse.bank.Level;
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
import app.rehearse.practice.PlanSettings;
import app.rehearse.practice.SessionCodec;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.SessionState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Writes a plausible history: sessions over a few years on a few hundred questions, with
 * ~2 KB of notes drawn from a Zipf-like vocabulary (so the index sees realistic word counts),
 * about 60% graded. Plain writes, no fsync: this is test data.
 */
final class HistoryGenerator {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String[] COMMON = ("the a to of and in for on with is it that we this be as at by from or use "
            + "then if when not but each one all can will would should could more less than per so which what how why "
            + "users data read write request requests service services client server latency throughput p99 cache "
            + "cached caching database store storage shard shards sharding partition partitions replica replicas "
            + "replication leader follower quorum consistency consistent eventual strong availability available "
            + "queue queues kafka stream streams batch index indexes search write-ahead log logs compaction "
            + "invalidation ttl eviction lru hot key keys region regions failover backup restore monitoring alert "
            + "alerts metrics dashboard rollout canary feature flag flags cost budget team teams stakeholder "
            + "deadline ownership conflict mentoring influence migration legacy rewrite incident postmortem "
            + "api endpoint rate limit limiter token bucket fan-out timeline feed notification push pull "
            + "idempotent retry retries backoff timeout circuit breaker bulkhead schema version versioning "
            + "trade-off tradeoff revisit trigger measure measured estimate estimates qps gb tb million billion").split(" ");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tor", "vex", "qui", "zan", "dro", "pel", "sul",
        "bra", "nek", "fi", "gos", "hul", "jax", "wen", "yor", "cet"};
    static final String[] DIMENSIONS = {"performance-vs-maintainability", "consistency-vs-availability",
        "cost-vs-scalability", "build-vs-buy", "speed-vs-debt", "innovation-vs-stability"};

    private final Random random;
    private final String[] vocabulary;
    private final List<Question> questions = new ArrayList<>();

    HistoryGenerator(long seed) {
        this.random = new Random(seed);
        List<String> words = new ArrayList<>(List.of(COMMON));
        for (int i = 0; i < 12_000; i++) {
            int n = 2 + random.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < n; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(w.toString());
        }
        this.vocabulary = words.toArray(new String[0]);
        String[] tags = {"caching", "storage", "queues", "streaming", "search", "payments", "consistency", "ownership",
            "conflict", "mentoring", "latency", "cost", "api-design", "security"};
        String[] competencies = {"ownership", "conflict", "mentoring", "influence", "failure", "ambiguity"};
        for (int i = 0; i < 300; i++) {
            QuestionType type = QuestionType.values()[i % 3];
            String title = (type == QuestionType.BEHAVIORAL ? "Tell me about a time you " : "Design a ")
                    + words(3) + " " + i;
            questions.add(new Question("q-" + i, type, title, "Design **" + words(4) + "** for " + (i * 37 % 900 + 100)
                    + "k requests per second.\n\n- " + words(8) + "\n- " + words(8) + "\n",
                    Level.values()[i % 4], List.of(tags[i % tags.length], tags[(i * 7 + 3) % tags.length]),
                    type == QuestionType.BEHAVIORAL ? Optional.of(competencies[i % competencies.length]) : Optional.empty(),
                    List.of(), List.of("Start from the numbers.", "Where does the state live?", "What fails first?"),
                    List.of(new FollowUp("What happens when a node dies?", FollowUp.Kind.PROBE),
                            new FollowUp("Traffic is 10x tomorrow.", FollowUp.Kind.CURVEBALL)),
                    List.of(new RubricCriterion("Scope", "States numbers.", "Jumps to boxes.", 2),
                            new RubricCriterion("Depth", "Goes deep where it matters.", "Stays shallow.", 1),
                            new RubricCriterion("Trade-offs", "Names and weighs them.", "Ignores them.", 1)),
                    List.of(DIMENSIONS[i % DIMENSIONS.length], DIMENSIONS[(i + 2) % DIMENSIONS.length]),
                    OptionalInt.empty(), List.of()));
        }
    }

    /** Writes {@code count} session folders under {@code sessions}; returns the bytes written. */
    long write(Path sessions, int count) throws IOException {
        long bytes = 0;
        Instant start = Instant.parse("2023-01-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Question q = questions.get(random.nextInt(questions.size()));
            Instant at = start.plus(Duration.ofMinutes(i * 290L + random.nextInt(60)));
            String id = STAMP.format(at) + "-" + q.id();
            Path folder = sessions.resolve(id);
            Files.createDirectories(folder);
            String notes = notes(1800 + random.nextInt(500));
            SessionSnapshot s = snapshot(id, q, at, notes.length());
            ObjectNode record = SessionCodec.write(s);
            if (random.nextInt(10) < 6) {
                record.set(GradeHistoryJson.FIELD, GradeHistoryJson.toJson(GradeHistory.empty().append(card(q, s))));
            }
            byte[] json = SessionCodec.toBytes(record);
            // Dated when the session happened, as a real history's files are.
            FileTime when = FileTime.from(s.finishedAt().orElseThrow());
            Files.setLastModifiedTime(Files.write(folder.resolve("session.json"), json), when);
            Files.setLastModifiedTime(Files.writeString(folder.resolve("notes.md"), notes), when);
            bytes += json.length + notes.length();
        }
        return bytes;
    }

    private SessionSnapshot snapshot(String id, Question q, Instant at, int notesLength) {
        PhasePlan plan = PlanSettings.standard().planFor(q);
        List<PhaseRecord> timeline = new ArrayList<>();
        long t = 0;
        for (int p = 0; p < plan.size(); p++) {
            long length = plan.phase(p).minutes() * 60_000L + (random.nextInt(240) - 120) * 1000L;
            timeline.add(new PhaseRecord(plan.phase(p).id(), plan.phase(p).name(), plan.phase(p).minutes(), t,
                    OptionalLong.of(t + length), notesLength * p / plan.size()));
            t += length;
        }
        List<HintUse> hints = new ArrayList<>();
        for (int h = 0; h < random.nextInt(3); h++) {
            hints.add(new HintUse(h, q.hints().get(h), 60_000L * (h + 1), plan.phase(0).id()));
        }
        List<FollowUpShown> followUps = List.of(new FollowUpShown(0, q.followUps().get(0).text(), FollowUp.Kind.PROBE,
                FollowUpShown.Trigger.PHASE_BOUNDARY, timeline.get(1).startMs(), plan.phase(1).id()));
        return new SessionSnapshot(id, q, plan, SessionState.FINISHED, at, at.plusMillis(t), Optional.of(at.plusMillis(t)),
                t, plan.size() - 1, timeline.get(plan.size() - 1).startMs(), 0, false, timeline, hints, followUps);
    }

    private Scorecard card(Question q, SessionSnapshot s) {
        List<ChecklistDimension> dims = List.of(DIMENSIONS).stream()
                .map(d -> new ChecklistDimension(d, d, "L", "R", "", List.of("Did I?"))).toList();
        Scorecard card = GradingPlan.forQuestion(q, dims).blankScorecard(s.hintsUsed().size(), s.overtimeMs() / 1000,
                s.finishedAt().orElseThrow().plusSeconds(120)).withNotes("Reflection: " + words(25));
        for (int c = 0; c < q.rubric().size(); c++) {
            card = card.withRubricLevel(c, RubricLevel.ofPoints(random.nextInt(4)));
        }
        for (String d : q.tradeOffs()) {
            card = card.withChecklistLevel(d, ChecklistLevel.ofPoints(random.nextInt(4)));
        }
        return card;
    }

    private String notes(int length) {
        StringBuilder notes = new StringBuilder("## Requirements\n\n");
        while (notes.length() < length) {
            notes.append("- ").append(words(6 + random.nextInt(10))).append('\n');
            if (random.nextInt(8) == 0) {
                notes.append("\n## ").append(words(2)).append("\n\n");
            }
        }
        return notes.toString();
    }

    /** Words with a Zipf-like skew: a few very common, a long tail of rare ones. */
    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            double u = random.nextDouble();
            int index = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, u * u)) - 1);
            out.append(vocabulary[Math.max(0, index)]);
        }
        return out.toString();
    }
}
