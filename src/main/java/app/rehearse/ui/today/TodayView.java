package app.rehearse.ui.today;

import app.rehearse.bank.Question;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.DueItem;
import app.rehearse.plan.LoopStore;
import app.rehearse.plan.MockLoop;
import app.rehearse.plan.TodayPlan;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What to practise today: the interview date and practice days, the plan up to that date, today's due
 * items each with why it is due and a button that starts it, and how the week is going.
 */
public final class TodayView extends ScrollPane {
    /** What the Today page works with, from the app's composition root. */
    public record Services(BankState bank, SettingsState settings, PastWork past, LoopStore loops, UiTasks tasks,
            Clock clock) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final TodayViewModel model;
    private final Consumer<Question> practise;
    private final BankState bank;
    private final VBox due = new VBox(10);
    private final Label summary = new Label("Working out today's plan\u2026");
    private final Label week = new Label();
    private final Label last = new Label();
    private final ZoneId zone;
    private final Button reviewLast = new Button("Review it");
    private final Consumer<String> review;

    /**
     * @param practise starts a session on a question (switches to the practice page)
     * @param review opens a session's review (switches to the History page)
     * @param startLoop runs a mock loop on the practice page
     * @param openPractice switches to the practice page, where unfinished work is resumed
     */
    public TodayView(Services services, Consumer<Question> practise, Consumer<String> review, Consumer<MockLoop> startLoop,
            Runnable openPractice) {
        this.model = new TodayViewModel(services.bank(), services.settings(), services.past(), services.loops(),
                services.tasks(), services.clock());
        this.practise = practise;
        this.bank = services.bank();
        this.zone = services.clock().getZone();
        setId("todayPage");
        getStyleClass().addAll("page", "today-view");
        setFitToWidth(true);

        Label heading = new Label("Today");
        heading.getStyleClass().add("page-title");
        Label lead = new Label("What to practise next, scheduled by how well each question and area went and how much"
                + " time is left.");
        lead.getStyleClass().add("page-lead");
        lead.setWrapText(true);

        DatePicker date = new DatePicker();
        date.setId("interviewDateField");
        date.setPromptText("No date yet");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Button clear = new Button("Clear");
        clear.setId("clearInterviewDateButton");
        clear.getStyleClass().add("flat");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> date.setValue(null));
        Spinner<Integer> days = new Spinner<>(1, 7, model.goalProperty().get().daysPerWeek());
        days.setId("practiceDaysField");
        days.setPrefWidth(80);
        days.setMinWidth(Region.USE_PREF_SIZE);
        model.goalProperty().addListener((obs, old, goal) -> {
            date.setValue(goal.interview().orElse(null));
            days.getValueFactory().setValue(goal.daysPerWeek());
        });
        date.valueProperty().addListener((obs, old, chosen) -> model.setInterview(Optional.ofNullable(chosen)));
        days.valueProperty().addListener((obs, old, chosen) -> model.setDaysPerWeek(chosen));
        FlowPane goal = new FlowPane(10, 8, label("Interview on"), date, clear, label("Practice days a week"), days);
        goal.setAlignment(Pos.CENTER_LEFT);

        summary.setId("planSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("plan-summary");
        week.setId("weekProgress");
        week.setWrapText(true);
        last.setId("lastSession");
        last.setWrapText(true);
        last.getStyleClass().add("section-help");
        reviewLast.setId("reviewLastButton");
        reviewLast.setMinWidth(Region.USE_PREF_SIZE);
        reviewLast.setVisible(false);
        reviewLast.managedProperty().bind(reviewLast.visibleProperty());
        this.review = review;
        due.setId("dueList");
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("coverage-thin");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label pickUpText = new Label();
        pickUpText.setId("pickUpText");
        pickUpText.setWrapText(true);
        pickUpText.textProperty().bind(model.pickUpProperty());
        HBox.setHgrow(pickUpText, Priority.ALWAYS);
        Button pickUpButton = new Button("Go to Practice");
        pickUpButton.setId("pickUpButton");
        pickUpButton.getStyleClass().add("accent");
        pickUpButton.setMinWidth(Region.USE_PREF_SIZE);
        pickUpButton.setOnAction(e -> openPractice.run());
        HBox pickUp = new HBox(12, pickUpText, pickUpButton);
        pickUp.setId("pickUpBanner");
        pickUp.setAlignment(Pos.CENTER_LEFT);
        pickUp.getStyleClass().add("resume-banner");
        pickUp.visibleProperty().bind(model.pickUpProperty().isNotEmpty());
        pickUp.managedProperty().bind(pickUp.visibleProperty());

        HBox lastRow = new HBox(10, last, reviewLast);
        lastRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(last, Priority.ALWAYS);
        Label template = new Label();
        template.setId("loopTemplate");
        template.setWrapText(true);
        template.textProperty().bind(Bindings.createStringBinding(() -> model.templateProperty().get().describe(),
                model.templateProperty()));
        Button loop = new Button("Start a mock loop");
        loop.setId("mockLoopButton");
        loop.getStyleClass().add("accent");
        loop.setMinWidth(Region.USE_PREF_SIZE);
        loop.setTooltip(new Tooltip("A full onsite in one sitting: the rounds below, drawn to cover what you have not been"
                + " graded on and to avoid questions from the last two weeks"));
        loop.setOnAction(e -> model.startLoop(startLoop));
        Button edit = new Button("Edit the loop\u2026");
        edit.setId("editLoopButton");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(e -> new LoopTemplateDialog(model.templateProperty().get()).showAndWait()
                .ifPresent(model::saveTemplate));
        HBox loopButtons = new HBox(10, loop, edit);
        loopButtons.setAlignment(Pos.CENTER_LEFT);
        VBox loopBox = new VBox(6, SectionTitle.of("Mock loop"), template, loopButtons);

        VBox page = new VBox(14, new VBox(2, heading, lead), pickUp, goal, problem, summary, new VBox(4, week, lastRow), loopBox,
                SectionTitle.of("Due today"), due);
        page.getStyleClass().add("today-page");
        setContent(page);
        model.planProperty().addListener((obs, old, plan) -> show(plan));
    }

    /** Works today's plan out, from the sessions as they are now: each time the page is shown. */
    public void refresh() {
        model.load();
        model.loadTemplate();
    }

    private void show(TodayPlan plan) {
        summary.setText(plan.summary());
        week.setText("This week: " + plan.week().done() + " of " + plan.week().planned() + " sessions \u00b7 streak "
                + plan.streak().current() + (plan.streak().current() == 1 ? " day" : " days"));
        due.getChildren().clear();
        if (plan.due().isEmpty()) {
            due.getChildren().add(label("Nothing is due today. Draw a new question on the Practice page, or rest."));
        }
        for (int i = 0; i < plan.due().size(); i++) {
            due.getChildren().add(row(plan.due().get(i), i));
        }
        last.setText(plan.last().map(this::lastText).orElse("No session finished yet."));
        reviewLast.setVisible(plan.last().isPresent());
        plan.last().ifPresent(s -> reviewLast.setOnAction(e -> review.accept(s.id())));
    }

    private HBox row(DueItem item, int index) {
        Label kind = new Label(item.kind().label());
        kind.getStyleClass().addAll("chip", "chip-type");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(item.label());
        title.getStyleClass().add("grading-row-title");
        title.setWrapText(true);
        Label reason = new Label(item.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add("section-help");
        VBox text = new VBox(2, new HBox(8, kind, title), reason);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button start = new Button("Practise");
        start.setId("practise-" + index);
        start.setMinWidth(Region.USE_PREF_SIZE);
        Optional<Question> question = item.questionId().flatMap(id -> bank.currentBank().flatMap(b -> b.question(id)));
        question.ifPresentOrElse(q -> {
            start.setTooltip(new Tooltip("Start \u201c" + q.title() + "\u201d"));
            start.setOnAction(e -> practise.accept(q));
        }, () -> {
            start.setDisable(true);
            start.setTooltip(new Tooltip("The bank has no question for this area"));
        });
        HBox row = new HBox(12, text, start);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("grading-row");
        return row;
    }

    private String lastText(SessionSummary s) {
        LocalDate day = s.createdAt().atZone(zone).toLocalDate();
        return "Last session: \u201c" + s.title() + "\u201d on " + DAY.format(day) + ", "
                + (s.score().isPresent() ? s.score().getAsInt() + "/100" : "not graded yet") + ".";
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
