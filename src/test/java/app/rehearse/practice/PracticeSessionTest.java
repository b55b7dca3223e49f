package app.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.practice.FollowUpShown.Trigger;
import app.rehearse.testing.MutableClock;
import app.rehearse.testing.TestQuestions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PracticeSessionTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final Question question = TestQuestions.systemDesign("url-shortener");
    private final PhasePlan plan = PlanSettings.standard().planFor(question);

    private PracticeSession started() {
        PracticeSession session = PracticeSession.create("s1", question, plan, clock, new Random(3), false);
        session.start();
        return session;
    }

    @Test
    void theStandardDesignPlanIsFortyFiveMinutesInSixPhases() {
        assertThat(plan.totalMinutes()).isEqualTo(45);
        assertThat(plan.phases()).extracting(PhaseSpec::id).containsExactly("requirements", "estimates",
                "api-data-model", "high-level-design", "deep-dive", "wrap-up");
    }

    @Test
    void countsDownTheCurrentPhaseAndGoesIntoOvertimeWithoutStopping() {
        PracticeSession session = started();
        clock.advanceSeconds(61);
        assertThat(session.phaseRemainingMs()).isEqualTo(239_000);
        clock.advanceSeconds(300);
        assertThat(session.phaseRemainingMs()).isEqualTo(-61_000);
        assertThat(session.state()).isEqualTo(SessionState.RUNNING);
        assertThat(session.tick(0)).containsExactly(new SessionEvent.PhaseTimeUp(0, "Requirements"));
        assertThat(session.tick(0)).isEmpty();
    }

    @Test
    void pausedTimeDoesNotCount() {
        PracticeSession session = started();
        clock.advanceSeconds(30);
        session.pause();
        clock.advance(Duration.ofHours(2));
        session.resume();
        clock.advanceSeconds(30);
        assertThat(session.elapsedMs()).isEqualTo(60_000);
        assertThat(session.phaseRemainingMs()).isEqualTo(240_000);
    }

    @Test
    void phaseChangesAreStampedWithActualTimesAndTheNotesOffset() {
        PracticeSession session = started();
        clock.advanceSeconds(400);
        session.nextPhase(120);
        clock.advanceSeconds(100);
        session.nextPhase(300);
        List<PhaseRecord> timeline = session.timeline();
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(0).actualMs(session.elapsedMs())).isEqualTo(400_000);
        assertThat(timeline.get(0).overrunMs(session.elapsedMs())).isEqualTo(100_000);
        assertThat(timeline.get(1).startMs()).isEqualTo(400_000);
        assertThat(timeline.get(1).notesOffset()).isEqualTo(120);
        assertThat(timeline.get(2).notesOffset()).isEqualTo(300);
        assertThat(session.phaseRemainingMs()).isEqualTo(300_000);
    }

    @Test
    void probesArriveAtPhaseBoundariesAfterTheFirstPhase() {
        PracticeSession session = started();
        assertThat(session.nextPhase(0)).noneMatch(e -> e instanceof SessionEvent.FollowUpAsked);
        List<SessionEvent> events = session.nextPhase(0);
        assertThat(events).filteredOn(e -> e instanceof SessionEvent.FollowUpAsked).hasSize(1);
        assertThat(session.followUpsShown()).extracting(FollowUpShown::text).containsExactly("How do you shard?");
        assertThat(session.followUpsShown().get(0).trigger()).isEqualTo(Trigger.PHASE_BOUNDARY);
    }

    @Test
    void aCurveballArrivesOnceAtItsMomentInTheDeepDive() {
        PracticeSession session = started();
        for (int i = 0; i < 4; i++) {
            session.nextPhase(0);
        }
        assertThat(session.currentPhase().id()).isEqualTo("deep-dive");
        long phaseMs = 10 * 60_000L;
        SessionSnapshot snapshot = session.snapshot();
        assertThat(snapshot.curveballAtMs()).isBetween(phaseMs / 4, phaseMs * 3 / 4);
        clock.advance(Duration.ofMillis(snapshot.curveballAtMs() - 1));
        assertThat(session.tick(0)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(session.tick(0)).singleElement().isInstanceOf(SessionEvent.FollowUpAsked.class);
        assertThat(session.tick(0)).isEmpty();
        assertThat(session.followUpsShown()).last().extracting(FollowUpShown::trigger).isEqualTo(Trigger.CURVEBALL);
    }

    @Test
    void autoAdvanceMovesOnWhenThePhaseTimeIsUp() {
        PracticeSession session = PracticeSession.create("s1", question, plan, clock, new Random(1), true);
        session.start();
        clock.advanceSeconds(300);
        assertThat(session.tick(5)).anyMatch(e -> e instanceof SessionEvent.PhaseStarted);
        assertThat(session.currentPhase().id()).isEqualTo("estimates");
    }

    @Test
    void hintsAreRevealedOneAtATimeAndRecorded() {
        PracticeSession session = started();
        clock.advanceSeconds(10);
        assertThat(session.revealHint()).get().extracting(HintUse::text).isEqualTo("Start with the numbers.");
        session.revealHint();
        session.revealHint();
        assertThat(session.revealHint()).isEmpty();
        assertThat(session.hintsUsed()).hasSize(3).first().extracting(HintUse::atMs).isEqualTo(10_000L);
    }

    @Test
    void theRescueHintComesOnlyAfterEveryOtherHintAndOnlyOnce() {
        Question rescued = question.withRescueHint(Optional.of("Use base62 over a counter."));
        PracticeSession session = PracticeSession.create("s2", rescued, plan, clock, new Random(3), false);
        session.start();

        assertThat(session.rescueHintLeft()).isFalse();
        assertThat(session.revealRescueHint()).isEmpty();
        session.revealHint();
        session.revealHint();
        session.revealHint();
        assertThat(session.rescueHintLeft()).isTrue();
        assertThat(session.revealRescueHint()).get().extracting(HintUse::text)
                .isEqualTo("Rescue hint: Use base62 over a counter.");
        assertThat(session.rescueHintLeft()).isFalse();
        assertThat(session.revealRescueHint()).isEmpty();
        assertThat(session.snapshot().ordinaryHintsUsed()).isEqualTo(3);
        assertThat(session.snapshot().rescueHintUsed()).isTrue();
        assertThat(started().snapshot().rescueHintUsed()).isFalse();
    }

    @Test
    void theLastPhaseHasNoNextAndFinishingClosesTheTimeline() {
        PracticeSession session = started();
        for (int i = 0; i < 10; i++) {
            session.nextPhase(0);
        }
        assertThat(session.currentPhase().id()).isEqualTo("wrap-up");
        assertThat(session.hasNextPhase()).isFalse();
        clock.advanceSeconds(42);
        session.finish();
        assertThat(session.state()).isEqualTo(SessionState.FINISHED);
        assertThat(session.timeline()).allMatch(r -> r.endMs().isPresent());
        assertThat(session.phasesRemaining()).isZero();
        assertThatThrownBy(() -> session.nextPhase(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRestoredSessionComesBackPausedWhereItWasSaved() {
        PracticeSession session = started();
        clock.advanceSeconds(200);
        session.nextPhase(7);
        clock.advanceSeconds(50);
        session.revealHint();
        SessionSnapshot saved = session.snapshot();

        clock.advance(Duration.ofHours(20));
        PracticeSession restored = PracticeSession.restore(saved, clock);
        assertThat(restored.state()).isEqualTo(SessionState.PAUSED);
        assertThat(restored.elapsedMs()).isEqualTo(250_000);
        assertThat(restored.phaseRemainingMs()).isEqualTo(250_000);
        assertThat(restored.hintsUsed()).hasSize(1);
        restored.resume();
        clock.advanceSeconds(10);
        assertThat(restored.phaseElapsedMs()).isEqualTo(60_000);
    }

    @Test
    void aQuestionsOwnPhasesAndNonStandardTimeboxWin() {
        Question own = TestQuestions.withPhases("own", List.of(new PhaseSpec("think", "Think", 3),
                new PhaseSpec("talk", "Talk", 7)));
        assertThat(PlanSettings.standard().planFor(own).phases()).extracting(PhaseSpec::id).containsExactly("think", "talk");
        assertThat(plan.scaledTo(60).totalMinutes()).isEqualTo(60);
        assertThat(plan.scaledTo(7).phases()).allMatch(p -> p.minutes() >= 1);
        assertThat(plan.scaledTo(7).totalMinutes()).isEqualTo(7);
    }
}
