package app.rehearse.ui.today;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.QuestionBank;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.Deadline;
import app.rehearse.plan.LoopDraw;
import app.rehearse.plan.LoopStore;
import app.rehearse.plan.LoopTemplate;
import app.rehearse.plan.MockLoop;
import app.rehearse.plan.PickUp;
import app.rehearse.plan.Scheduler;
import app.rehearse.plan.TodayPlan;
import app.rehearse.practice.StudyGoal;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Today page's state: the user's goal, and today's plan worked out in the background from the
 * sessions on disk (the history index caught up first), the bank and the clock.
 */
final class TodayViewModel {
    private final BankState bank;
    private final SettingsState settings;
    private final PastWork past;
    private final UiTasks tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<TodayPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<StudyGoal> goal = new ReadOnlyObjectWrapper<>(this, "goal", StudyGoal.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper pickUp = new ReadOnlyStringWrapper(this, "pickUp", "");
    private final ReadOnlyObjectWrapper<LoopTemplate> template = new ReadOnlyObjectWrapper<>(this, "template",
            LoopTemplate.ONSITE);
    private final LoopStore loops;
    private boolean goalRead;

    TodayViewModel(BankState bank, SettingsState settings, PastWork past, LoopStore loops, UiTasks tasks, Clock clock) {
        this.loops = loops;
        this.bank = bank;
        this.settings = settings;
        this.past = past;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The loop template, read in the background. */
    void loadTemplate() {
        tasks.run(loops::template, template::set, e -> problem.set("Your mock loop template could not be read, so the"
                + " onsite one is shown: " + e.getMessage()));
    }

    void saveTemplate(LoopTemplate changed) {
        template.set(changed);
        tasks.run(() -> loops.saveTemplate(changed), e -> problem.set("The mock loop template was not saved: "
                + e.getMessage()));
    }

    /**
     * Draws a loop from the template (covering areas never graded, avoiding recent questions), keeps it on disk,
     * then hands it to {@code start}.
     */
    void startLoop(Consumer<MockLoop> start) {
        Optional<QuestionBank> loaded = bank.currentBank();
        if (loaded.isEmpty()) {
            return;
        }
        LoopTemplate chosen = template.get();
        tasks.when(past.history(), index -> tasks.run(() -> {
            index.refresh();
            Optional<List<String>> drawn = LoopDraw.draw(chosen, loaded.get().questions(), index.summaries(), clock.instant());
            if (drawn.isEmpty()) {
                return Optional.<MockLoop>empty();
            }
            MockLoop loop = new MockLoop("loop-" + clock.instant().toEpochMilli(), chosen, drawn.get(), 0, Optional.empty(),
                    clock.instant());
            loops.save(loop);
            return Optional.of(loop);
        }, made -> made.ifPresentOrElse(start, () -> problem.set("The bank has no question for every round of this loop:"
                + " change a round's type or level.")), e -> problem.set("The mock loop could not start: " + e.getMessage())),
                e -> problem.set("Your past sessions could not be read: " + e.getMessage()));
    }

    ReadOnlyObjectProperty<LoopTemplate> templateProperty() {
        return template.getReadOnlyProperty();
    }

    /** Reads the goal, then works out today's plan once the bank and the history are ready. */
    void load() {
        settings.whenSettingsReady(read -> {
            goalRead = true;
            goal.set(read.goal());
            bank.whenBankReady(loaded -> recompute());
        });
    }

    void setInterview(Optional<LocalDate> date) {
        update(goal.get().withInterview(date));
    }

    void setDaysPerWeek(int days) {
        if (days != goal.get().daysPerWeek()) {
            update(goal.get().withDaysPerWeek(days));
        }
    }

    private void update(StudyGoal changed) {
        if (!goalRead || changed.equals(goal.get())) {
            return;
        }
        goal.set(changed);
        settings.changeSettings(latest -> latest.withGoal(changed));
        recompute();
    }

    private void recompute() {
        Optional<QuestionBank> loaded = bank.currentBank();
        if (loaded.isEmpty()) {
            return;
        }
        StudyGoal target = goal.get();
        Map<String, String> dimensions = loaded.get().dimensions().stream()
                .collect(Collectors.toMap(ChecklistDimension::id, ChecklistDimension::title, (a, b) -> a));
        Scheduler scheduler = Scheduler.of(clock).withDeadline(target.interview().map(Deadline::on).orElse(Deadline.NONE));
        tasks.when(past.history(), index -> tasks.run(() -> {
            index.refresh();
            List<SessionSummary> sessions = index.summaries();
            TodayPlan today = TodayPlan.of(sessions, loaded.get().questions(), dimensions, target, scheduler,
                    ProgressStats.of(sessions, index.zone()).streak(scheduler.today()));
            return new Outlook(today, PickUp.describe(sessions, loops.current(), index.zone()));
        }, made -> {
            problem.set("");
            pickUp.set(made.pickUp().orElse(""));
            plan.set(made.plan());
        }, e -> problem.set("Today's plan could not be worked out: " + e.getMessage())),
                e -> problem.set("Your past sessions could not be read: " + e.getMessage()));
    }

    private record Outlook(TodayPlan plan, Optional<String> pickUp) {}

    /** Unfinished work to resume first, in a sentence; empty when there is none. */
    ReadOnlyStringProperty pickUpProperty() {
        return pickUp.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TodayPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StudyGoal> goalProperty() {
        return goal.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
