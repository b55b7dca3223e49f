package app.rehearse.practice;

import app.rehearse.bank.FollowUp;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.Question;
import app.rehearse.practice.FollowUpShown.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/**
 * A timed rehearsal of one question. Time is active time read from an injected {@link Clock}:
 * pauses do not count, and overtime never stops the session. Follow-ups come like an
 * interviewer's: the next probe when a phase (after the first) ends, one curveball at a random
 * moment in the curveball phase (the deep dive, or its equivalent in other plans), and any
 * curveballs left over at the boundaries after it once the probes are used up.
 * Not thread-safe: the UI drives it from one thread and hands {@link #snapshot()}s to storage.
 */
public final class PracticeSession {
    /** How the rescue hint reads among the hints used, so notes, review and export mark it as such. */
    public static final String RESCUE_PREFIX = "Rescue hint: ";

    private final String id;
    private final Question question;
    private final PhasePlan plan;
    private final Clock clock;
    private final Instant createdAt;
    private final long curveballAtMs;
    private final int curveballPhase;
    private final List<PhaseRecord> timeline = new ArrayList<>();
    private final List<HintUse> hints = new ArrayList<>();
    private final List<FollowUpShown> followUps = new ArrayList<>();

    private SessionState state;
    private boolean autoAdvance;
    private int phaseIndex;
    private long accumulatedMs;
    private long runningSinceMillis;
    private long phaseStartMs;
    private boolean timeUpReported;
    private Instant finishedAt;

    private PracticeSession(String id, Question question, PhasePlan plan, Clock clock, Instant createdAt,
            long curveballAtMs, boolean autoAdvance) {
        this.id = id;
        this.question = question;
        this.plan = plan;
        this.clock = clock;
        this.createdAt = createdAt;
        this.curveballAtMs = curveballAtMs;
        this.curveballPhase = curveballPhaseOf(plan);
        this.autoAdvance = autoAdvance;
        this.state = SessionState.READY;
    }

    /** A new session, not yet started. The curveball moment is drawn between 25% and 75% of its phase. */
    public static PracticeSession create(String id, Question question, PhasePlan plan, Clock clock, Random random,
            boolean autoAdvance) {
        long phaseMs = plan.phase(curveballPhaseOf(plan)).minutes() * 60_000L;
        long curveball = phaseMs / 4 + (long) (random.nextDouble() * (phaseMs / 2));
        return new PracticeSession(id, question, plan, clock, clock.instant(), curveball, autoAdvance);
    }

    /**
     * A session continued from its saved snapshot. Time while the app was closed does not count:
     * an unfinished session comes back paused exactly where it was saved.
     */
    public static PracticeSession restore(SessionSnapshot s, Clock clock) {
        PracticeSession session = new PracticeSession(s.id(), s.question(), s.plan(), clock, s.createdAt(),
                s.curveballAtMs(), s.autoAdvance());
        session.timeline.addAll(s.timeline());
        session.hints.addAll(s.hintsUsed());
        session.followUps.addAll(s.followUpsShown());
        session.phaseIndex = s.phaseIndex();
        session.accumulatedMs = s.elapsedMs();
        session.phaseStartMs = s.phaseStartMs();
        session.timeUpReported = session.phaseRemainingMs() <= 0;
        session.finishedAt = s.finishedAt().orElse(null);
        session.state = switch (s.state()) {
            case RUNNING, PAUSED -> SessionState.PAUSED;
            default -> s.state();
        };
        return session;
    }

    // Commands

    public List<SessionEvent> start() {
        requireState(SessionState.READY, "start");
        state = SessionState.RUNNING;
        runningSinceMillis = clock.millis();
        timeline.add(new PhaseRecord(plan.phase(0).id(), plan.phase(0).name(), plan.phase(0).minutes(), 0,
                OptionalLong.empty(), 0));
        return List.of(new SessionEvent.PhaseStarted(0, plan.phase(0).name()));
    }

    public void pause() {
        if (state == SessionState.RUNNING) {
            accumulatedMs = elapsedMs();
            state = SessionState.PAUSED;
        }
    }

    public void resume() {
        if (state == SessionState.PAUSED) {
            runningSinceMillis = clock.millis();
            state = SessionState.RUNNING;
        }
    }

    public void togglePause() {
        if (state == SessionState.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /** Moves to the next phase; {@code notesLength} stamps where the notes stood. Asks the next probe. */
    public List<SessionEvent> nextPhase(int notesLength) {
        requireActive("advance");
        if (!hasNextPhase()) {
            return List.of();
        }
        List<SessionEvent> events = new ArrayList<>();
        long now = elapsedMs();
        int leaving = phaseIndex;
        closeCurrentPhase(now);
        phaseIndex++;
        phaseStartMs = now;
        timeUpReported = false;
        PhaseSpec next = plan.phase(phaseIndex);
        timeline.add(new PhaseRecord(next.id(), next.name(), next.minutes(), now, OptionalLong.empty(), notesLength));
        events.add(new SessionEvent.PhaseStarted(phaseIndex, next.name()));
        if (leaving >= 1) {
            // Probes first; once they run out, curveballs the deep dive did not use come after it.
            nextUnasked(FollowUp.Kind.PROBE)
                    .or(() -> leaving >= curveballPhase ? nextUnasked(FollowUp.Kind.CURVEBALL) : Optional.empty())
                    .ifPresent(i -> events.add(ask(i, Trigger.PHASE_BOUNDARY, now)));
        }
        return events;
    }

    /** Reveals the next hint, if any is left; the rescue hint is not one of them. */
    public Optional<HintUse> revealHint() {
        requireActive("reveal a hint");
        if (hintsLeft() == 0) {
            return Optional.empty();
        }
        int index = hints.size();
        HintUse use = new HintUse(index, question.hints().get(index), elapsedMs(), currentPhase().id());
        hints.add(use);
        return Optional.of(use);
    }

    /**
     * Reveals the rescue hint, which names the technique outright: only once every other hint is used, and
     * only once. It is kept among the hints used, numbered after the last of them.
     */
    public Optional<HintUse> revealRescueHint() {
        requireActive("reveal the rescue hint");
        if (!rescueHintLeft()) {
            return Optional.empty();
        }
        HintUse use = new HintUse(question.hints().size(), RESCUE_PREFIX + question.rescueHint().orElseThrow(), elapsedMs(),
                currentPhase().id());
        hints.add(use);
        return Optional.of(use);
    }

    /** Advances time-driven things: the curveball, the time-up cue and (if on) auto-advance. */
    public List<SessionEvent> tick(int notesLength) {
        if (state != SessionState.RUNNING) {
            return List.of();
        }
        List<SessionEvent> events = new ArrayList<>();
        long now = elapsedMs();
        if (phaseIndex == curveballPhase && now - phaseStartMs >= curveballAtMs && !curveballAsked()) {
            nextUnasked(FollowUp.Kind.CURVEBALL).ifPresent(i -> events.add(ask(i, Trigger.CURVEBALL, now)));
        }
        if (phaseRemainingMs() <= 0 && !timeUpReported) {
            timeUpReported = true;
            events.add(new SessionEvent.PhaseTimeUp(phaseIndex, currentPhase().name()));
            if (autoAdvance && hasNextPhase()) {
                events.addAll(nextPhase(notesLength));
            }
        }
        return events;
    }

    public void finish() {
        if (state == SessionState.FINISHED) {
            return;
        }
        if (state == SessionState.READY) {
            start();
        }
        long now = elapsedMs();
        accumulatedMs = now;
        closeCurrentPhase(now);
        state = SessionState.FINISHED;
        finishedAt = clock.instant();
    }

    public void setAutoAdvance(boolean value) {
        autoAdvance = value;
    }

    // Queries

    public String id() {
        return id;
    }

    public Question question() {
        return question;
    }

    public PhasePlan plan() {
        return plan;
    }

    public SessionState state() {
        return state;
    }

    public int phaseIndex() {
        return phaseIndex;
    }

    public PhaseSpec currentPhase() {
        return plan.phase(phaseIndex);
    }

    public boolean hasNextPhase() {
        return phaseIndex < plan.size() - 1;
    }

    public int phasesRemaining() {
        return state == SessionState.FINISHED ? 0 : plan.size() - 1 - phaseIndex;
    }

    public long elapsedMs() {
        return state == SessionState.RUNNING ? accumulatedMs + (clock.millis() - runningSinceMillis) : accumulatedMs;
    }

    public long phaseElapsedMs() {
        return elapsedMs() - phaseStartMs;
    }

    /** Time left in the current phase; negative in overtime. */
    public long phaseRemainingMs() {
        return currentPhase().minutes() * 60_000L - phaseElapsedMs();
    }

    public int hintsLeft() {
        return (int) Math.max(0, question.hints().size() - hints.stream().filter(h -> h.index() < question.hints().size()).count());
    }

    /** Whether the rescue hint can be revealed now: the question has one, every other hint is used, and it is not. */
    public boolean rescueHintLeft() {
        return question.rescueHint().isPresent() && hintsLeft() == 0 && hints.stream().noneMatch(h -> h.index()
                >= question.hints().size());
    }

    public List<HintUse> hintsUsed() {
        return List.copyOf(hints);
    }

    public List<FollowUpShown> followUpsShown() {
        return List.copyOf(followUps);
    }

    public List<PhaseRecord> timeline() {
        return List.copyOf(timeline);
    }

    public SessionSnapshot snapshot() {
        return new SessionSnapshot(id, question, plan, state, createdAt, clock.instant(), Optional.ofNullable(finishedAt),
                elapsedMs(), phaseIndex, phaseStartMs, curveballAtMs, autoAdvance, timeline, hints, followUps);
    }

    // Internals

    private FollowUpShown askRecord(int index, Trigger trigger, long at) {
        FollowUp f = question.followUps().get(index);
        return new FollowUpShown(index, f.text(), f.kind(), trigger, at, currentPhase().id());
    }

    private SessionEvent ask(int index, Trigger trigger, long at) {
        FollowUpShown shown = askRecord(index, trigger, at);
        followUps.add(shown);
        return new SessionEvent.FollowUpAsked(shown);
    }

    private Optional<Integer> nextUnasked(FollowUp.Kind kind) {
        for (int i = 0; i < question.followUps().size(); i++) {
            int index = i;
            boolean asked = followUps.stream().anyMatch(f -> f.index() == index);
            if (!asked && question.followUps().get(i).kind() == kind) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean curveballAsked() {
        return followUps.stream().anyMatch(f -> f.trigger() == Trigger.CURVEBALL);
    }

    private void closeCurrentPhase(long now) {
        int last = timeline.size() - 1;
        if (last >= 0 && timeline.get(last).endMs().isEmpty()) {
            timeline.set(last, timeline.get(last).ended(now));
        }
    }

    private void requireState(SessionState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " a session that is " + state.id());
        }
    }

    private void requireActive(String action) {
        if (state != SessionState.RUNNING && state != SessionState.PAUSED) {
            throw new IllegalStateException("cannot " + action + " a session that is " + state.id());
        }
    }

    /** The phase where a curveball lands: the deep dive or follow-ups phase, else the one before the last. */
    static int curveballPhaseOf(PhasePlan plan) {
        for (int i = 0; i < plan.size(); i++) {
            String phase = plan.phase(i).id();
            if (phase.equals("deep-dive") || phase.equals("follow-ups")) {
                return i;
            }
        }
        return Math.max(0, plan.size() - 2);
    }
}
