package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.history.LoopRound;
import app.rehearse.history.SessionSummary;
import app.rehearse.practice.SessionState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoopReportTest {
    private static final Instant MORNING = Instant.parse("2026-12-02T09:00:00Z");

    private static SessionSummary round(String loop, int round, int rounds, QuestionType type, OptionalInt score) {
        Instant at = MORNING.plusSeconds(3600L * round);
        return new SessionSummary(loop + "-" + round, Path.of("s"), "q" + round, "Question " + (round + 1), type,
                Level.SENIOR, List.of(), Optional.empty(), List.of(), at, Optional.of(at.plusSeconds(900)),
                SessionState.FINISHED, 900_000, 900_000, 0, 0, 0, 0, score, Optional.empty(), Map.of(), "",
                Optional.empty(), 0, Optional.empty(), Optional.of(new LoopRound(loop, round, rounds)));
    }

    private static List<SessionSummary> loop(String id, int... scores) {
        List<SessionSummary> sessions = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            sessions.add(round(id, i, scores.length, QuestionType.BEHAVIORAL, OptionalInt.of(scores[i])));
        }
        return sessions;
    }

    private static LoopReport.Verdict verdictOf(int... scores) {
        return LoopReport.of(loop("loop-1", scores)).get(0).verdict();
    }

    @Test
    void theCallFollowsTheMeanAndTheWeakestRound() {
        assertThat(verdictOf(85, 80, 78, 90)).isEqualTo(LoopReport.Verdict.STRONG_HIRE);
        assertThat(verdictOf(85, 80, 60, 90)).as("one round under 65 is no strong hire").isEqualTo(LoopReport.Verdict.HIRE);
        assertThat(verdictOf(90, 90, 45, 90)).as("a round under 50 caps it at lean hire").isEqualTo(LoopReport.Verdict.LEAN_HIRE);
        assertThat(verdictOf(90, 40, 45, 90)).as("two rounds under 50").isEqualTo(LoopReport.Verdict.NO_HIRE);
        assertThat(verdictOf(55, 55, 60, 60)).isEqualTo(LoopReport.Verdict.NO_HIRE);
    }

    @Test
    void aRoundLeftUngradedOrNeverRunCountsAsZeroAndTheWorkingSaysSo() {
        List<SessionSummary> sessions = new ArrayList<>(loop("loop-2", 80, 80));
        sessions.add(round("loop-2", 2, 4, QuestionType.TRADE_OFF, OptionalInt.empty()));
        sessions.replaceAll(s -> s.loop().get().rounds() == 2 ? withRounds(s, 4) : s);

        LoopReport report = LoopReport.of(sessions).get(0);

        assertThat(report.rounds()).hasSize(4);
        assertThat(report.rounds().get(3)).as("never run").isEmpty();
        assertThat(report.scores()).containsExactly(80, 80, 0, 0);
        assertThat(report.graded()).isEqualTo(2);
        assertThat(report.formula()).isEqualTo("mean (80 + 80 + 0 + 0) / 4 = 40.0; weakest round 0 \u2192 No hire");
        assertThat(report.verdict()).as("leaving rounds out never helps").isEqualTo(LoopReport.Verdict.NO_HIRE);
    }

    private static SessionSummary withRounds(SessionSummary s, int rounds) {
        LoopRound mark = s.loop().orElseThrow();
        return round(mark.loopId(), mark.round(), rounds, s.type(), s.score());
    }

    @Test
    void loopsAreKeptApartAndTheLatestComesFirstWithSessionsOutsideAnyLoopLeftOut() {
        List<SessionSummary> sessions = new ArrayList<>(loop("loop-old", 70, 70));
        for (SessionSummary s : loop("loop-new", 90, 90, 90)) {
            sessions.add(round(s.loop().get().loopId(), s.loop().get().round(), 3, s.type(), s.score()));
        }
        sessions.replaceAll(s -> s.loop().get().loopId().equals("loop-new") ? shifted(s) : s);
        sessions.add(new SessionSummary("alone", Path.of("s"), "q", "Alone", QuestionType.SYSTEM_DESIGN, Level.SENIOR,
                List.of(), Optional.empty(), List.of(), MORNING, Optional.empty(), SessionState.FINISHED, 1, 1, 0, 0, 0, 0,
                OptionalInt.of(10), Optional.empty(), Map.of(), "", Optional.empty(), 0, Optional.empty(), Optional.empty()));

        List<LoopReport> reports = LoopReport.of(sessions);

        assertThat(reports).extracting(LoopReport::loopId).containsExactly("loop-new", "loop-old");
        assertThat(reports.get(0).verdict()).isEqualTo(LoopReport.Verdict.STRONG_HIRE);
    }

    private static SessionSummary shifted(SessionSummary s) {
        Instant later = s.createdAt().plusSeconds(86_400);
        return new SessionSummary(s.id(), s.folder(), s.questionId(), s.title(), s.type(), s.level(), s.tags(),
                s.competency(), s.tradeOffs(), later, s.finishedAt(), s.state(), s.durationMs(), s.plannedMs(),
                s.overtimeMs(), s.hintsUsed(), s.hintsAvailable(), s.followUpsAsked(), s.score(), s.gradedAt(),
                s.dimensionPoints(), s.gradeNotes(), s.gradeProblem(), s.notesLength(), s.story(), s.loop());
    }

    @Test
    void theMarkdownHasTheCallItsWorkingAndARowPerRound() {
        String md = LoopReport.of(loop("loop-3", 72, 58)).get(0).toMarkdown(ZoneOffset.UTC);

        assertThat(md).startsWith("# Mock loop, 2 Dec 2026, 09:00\n\n**Lean hire**: mean (72 + 58) / 2 = 65.0;")
                .contains("| 1 | Behavioral | Question 1 | senior | 72 | 15 min |", "| 2 | Behavioral | Question 2 | senior | 58 |",
                        "Lean hire: mean \u2265 60 and at most 1 round under 50");
    }
}
