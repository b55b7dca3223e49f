package app.rehearse.ui.grading;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.Level;
import app.rehearse.grading.ChecklistLevel;
import app.rehearse.grading.ChecklistRow;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.GradeHistoryJson;
import app.rehearse.grading.GradingPlan;
import app.rehearse.grading.RubricLevel;
import app.rehearse.grading.ScoreBreakdown;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.grading.Scorecard;
import app.rehearse.grading.StarElement;
import app.rehearse.stories.StarTiming;
import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Grading one session: the plan (rows, rubric, STAR and timing checks), the card being filled
 * in, its live score, and saving it into the session record as a new entry of its grade history.
 */
public final class GradingViewModel {
    private final SessionSnapshot session;
    private final ReadOnlyObjectWrapper<GradingPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final SessionRepository repository;
    private final Clock clock;
    private final Executor io;
    private final Consumer<Runnable> fxThread;
    private GradeHistory history;
    private final Optional<StarTiming> measured;

    // Properties
    private final ReadOnlyObjectWrapper<Scorecard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyObjectWrapper<ScoreBreakdown> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final BooleanProperty allDimensionsShown = new SimpleBooleanProperty(this, "allDimensionsShown");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(this, "level");

    /**
     * @param measured the spoken answer's timings, when the user timed it: its length then decides the timing
     *        check, whatever an earlier grade said
     */
    public GradingViewModel(SessionSnapshot session, GradeHistory history, List<ChecklistDimension> dimensions,
            Optional<StarTiming> measured, SessionRepository repository, Clock clock, Executor io,
            Consumer<Runnable> fxThread) {
        this(session, history, dimensions, measured, Optional.empty(), repository, clock, io, fxThread);
    }

    /** @param defaultLevel the bar a first grade starts at (the user's setting); empty: the question's own level */
    public GradingViewModel(SessionSnapshot session, GradeHistory history, List<ChecklistDimension> dimensions,
            Optional<StarTiming> measured, Optional<Level> defaultLevel, SessionRepository repository, Clock clock,
            Executor io, Consumer<Runnable> fxThread) {
        this.session = session;
        this.measured = measured;
        this.history = history;
        this.repository = repository;
        this.clock = clock;
        this.io = io;
        this.fxThread = fxThread;
        GradingPlan first = GradingPlan.forQuestion(session.question(), dimensions);
        this.plan.set(first);
        // What happened in the session (the rescue hint, a timed answer) is a fact, whatever an earlier grade said.
        Scorecard start = measuredTiming(history.current().map(previous -> first.regrade(previous, clock.instant()))
                .orElseGet(() -> prefilled(first.blankScorecard(session.ordinaryHintsUsed(),
                        session.overtimeMs() / 1000, clock.instant()))).withRescueUsed(session.rescueHintUsed()));
        // A new card starts at the question's own bar unless the user chose one to be graded at.
        if (!history.isGraded() && defaultLevel.isPresent()) {
            start = start.withLevel(defaultLevel.get());
        }
        card.set(start);
        level.set(start.level().orElse(session.question().level()));
        card.addListener((obs, old, now) -> {
            level.set(now.level().orElse(session.question().level()));
            score.set(ScoreFormula.score(now));
            saved.set(false);
        });
        score.set(ScoreFormula.score(start));
        if (history.isGraded()) {
            status.set("Graded " + history.size() + (history.size() == 1 ? " time" : " times")
                    + "; saving adds a new grade and keeps the earlier ones.");
        }
    }

    /** A timed spoken answer settles the timing check: it fitted 2:00–3:00 or it did not. */
    private Scorecard measuredTiming(Scorecard card) {
        if (!plan.get().timingCheck()) {
            return card;
        }
        return measured.map(timing -> card.withWithinTarget(Optional.of(timing.withinTarget()))).orElse(card);
    }

    /** The spoken answer's timings, when it was timed; the timing check then follows them and cannot be changed. */
    public Optional<StarTiming> measured() {
        return measured;
    }

    /** The timing check starts from the real length of the answer phase, when there was one. */
    private Scorecard prefilled(Scorecard blank) {
        if (!plan.get().timingCheck()) {
            return blank;
        }
        Optional<PhaseRecord> answer = session.timeline().stream()
                .filter(r -> r.phaseId().equals(GradingPlan.ANSWER_PHASE)).findFirst();
        return answer.map(r -> blank.withWithinTarget(plan.get().withinTarget(Duration.ofMillis(r.actualMs(session.elapsedMs())))))
                .orElse(blank);
    }

    public GradingPlan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<GradingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The user changed which dimensions they grade against: rebuild the rows, keeping every score still shown. */
    public void replan(List<ChecklistDimension> dimensions) {
        GradingPlan updated = GradingPlan.forQuestion(session.question(), dimensions);
        Scorecard kept = updated.regrade(card.get(), card.get().gradedAt());
        card.set(kept);
        plan.set(updated);
    }

    public SessionSnapshot session() {
        return session;
    }

    /** Whether the checklist shows every dimension, not only those {@link #shownChecklist} picks by default. */
    public BooleanProperty allDimensionsShownProperty() {
        return allDimensionsShown;
    }

    /**
     * The checklist rows on screen: by default the dimensions the question stresses (they count in the
     * score whether scored or not) and any row already scored or noted, so nothing that counts is ever
     * out of sight; every row once "show all" is on, or when the question stresses none.
     */
    public List<ChecklistRow> shownChecklist() {
        return rowsShown(allDimensionsShown.get());
    }

    /** How many checklist rows the default view leaves out. */
    public int hiddenDimensions() {
        return plan().checklist().size() - rowsShown(false).size();
    }

    private List<ChecklistRow> rowsShown(boolean all) {
        List<ChecklistRow> rows = plan().checklist();
        if (all || rows.stream().noneMatch(ChecklistRow::stressed)) {
            return rows;
        }
        return rows.stream().filter(r -> r.stressed() || card.get().checklistScore(r.id())
                .filter(s -> s.scored() || s.note().isPresent()).isPresent()).toList();
    }

    public ReadOnlyObjectProperty<Scorecard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreBreakdown> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    // Commands

    public void setChecklistLevel(String dimensionId, Optional<ChecklistLevel> level) {
        card.set(card.get().withChecklistLevel(dimensionId, level));
    }

    public void setChecklistNote(String dimensionId, String note) {
        card.set(card.get().withChecklistNote(dimensionId, note));
    }

    public void setRubricLevel(int criterion, Optional<RubricLevel> level) {
        card.set(card.get().withRubricLevel(criterion, level));
    }

    public void setStar(StarElement element, boolean present) {
        card.set(card.get().withStar(element, present));
    }

    /** The level whose bar the rubric is scored against; the question's own for a new grade. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public void setLevel(Level bar) {
        if (bar != null) {
            card.set(card.get().withLevel(bar));
        }
    }

    public void setWithinTarget(Optional<Boolean> within) {
        if (measured.isEmpty()) {
            card.set(card.get().withWithinTarget(within));
        }
    }

    /** Ticks (or unticks) one of the reference answer's signals as shown by this answer. */
    public void setSignalShown(String signal, boolean shown) {
        card.set(card.get().withSignalShown(signal, shown));
    }

    public void setNotes(String notes) {
        card.set(card.get().withNotes(notes));
    }

    /** Appends the card to the session's grade history and writes it in the background. */
    public void save() {
        Scorecard graded = card.get().withGradedAt(clock.instant());
        GradeHistory updated = history.append(graded);
        status.set("Saving...");
        io.execute(() -> {
            try {
                repository.saveField(session.id(), GradeHistoryJson.FIELD, GradeHistoryJson.toJson(updated));
                fxThread.accept(() -> {
                    history = updated;
                    saved.set(true);
                    status.set("Scorecard saved with the session (" + updated.size()
                            + (updated.size() == 1 ? " grade" : " grades") + ").");
                });
            } catch (IOException | RuntimeException e) {
                fxThread.accept(() -> status.set("Could not save the scorecard: " + e.getMessage()
                        + ". It is still here; try Save again."));
            }
        });
    }
}
