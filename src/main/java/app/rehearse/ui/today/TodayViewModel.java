package app.rehearse.ui.today;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.QuestionBank;
import app.rehearse.history.ProgressStats;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.Deadline;
import app.rehearse.plan.Scheduler;
import app.rehearse.plan.TodayPlan;
import app.rehearse.practice.PlanSettings;
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
    private PlanSettings current;

    TodayViewModel(BankState bank, SettingsState settings, PastWork past, UiTasks tasks, Clock clock) {
        this.bank = bank;
        this.settings = settings;
        this.past = past;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the goal, then works out today's plan once the bank and the history are ready. */
    void load() {
        settings.whenSettingsReady(read -> {
            current = read;
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
        if (current == null || changed.equals(goal.get())) {
            return;
        }
        current = current.withGoal(changed);
        goal.set(changed);
        settings.updatePlanSettings(current);
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
            return TodayPlan.of(sessions, loaded.get().questions(), dimensions, target, scheduler,
                    ProgressStats.of(sessions, index.zone()).streak(scheduler.today()));
        }, made -> {
            problem.set("");
            plan.set(made);
        }, e -> problem.set("Today's plan could not be worked out: " + e.getMessage())),
                e -> problem.set("Your past sessions could not be read: " + e.getMessage()));
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
