package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.bank.QuestionBank;
import app.rehearse.bank.QuestionType;
import app.rehearse.grading.GradeHistory;
import app.rehearse.grading.ScoreFormula;
import app.rehearse.history.LoopRound;
import app.rehearse.history.SessionSummary;
import app.rehearse.plan.LoopReport;
import app.rehearse.plan.LoopStore;
import app.rehearse.plan.MockLoop;
import app.rehearse.practice.PracticeSession;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.stories.StoryRepository;
import app.rehearse.ui.common.BankState;
import app.rehearse.ui.common.ClosingSteps;
import app.rehearse.ui.common.Dialogs;
import app.rehearse.ui.common.LoopReportView;
import app.rehearse.ui.common.PastWork;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.SettingsState;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.grading.GradingScreens;
import app.rehearse.ui.reference.ReferenceSheetsWindow;
import app.rehearse.ui.stories.SpokenTimes;
import app.rehearse.ui.whiteboard.WhiteboardPane;
import app.rehearse.ui.whiteboard.WhiteboardViews;
import app.rehearse.whiteboard.SavedBoard;
import app.rehearse.whiteboard.WhiteboardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The practice page: pick a type, draw a prompt, run it as a timed session, see it saved. */
public final class PracticeView extends StackPane {
    private static final Logger LOG = Logger.getLogger(PracticeView.class.getName());
    /** The picture kept beside a finished session is for looking at, not printing: about 2560 × 1600. */
    private static final double FINISHED_PICTURE_PIXELS = 4e6;

    private final Services services;
    private final DrawViewModel draw;
    private final BorderPane pick = new BorderPane();
    private final VBox notices = new VBox(8);
    private final Chime chime;
    private final SessionLayouts layouts = new SessionLayouts();

    private SessionViewModel active;
    /** Finished sessions whose last saves may not have reached the disk yet. */
    private final List<SessionViewModel> finishedSaving = new ArrayList<>();
    private final ReadOnlyBooleanWrapper sessionRunning = new ReadOnlyBooleanWrapper(this, "sessionRunning");
    private SessionView activeView;
    private WhiteboardPane activeBoard;
    private Optional<LoopRun> loopRun = Optional.empty();
    /** Sessions this page started or resumed: never offered as left over. */
    private final Set<String> startedHere = new HashSet<>();
    private ReferenceSheetsWindow numbers;

    /** What the practice page works with, from the app's composition root. */
    public record Services(BankState bank, SettingsState settings, PastWork pastWork, SessionRepository sessions,
            StoryRepository stories, LoopStore loops, GradingScreens grading, UiTasks tasks, Clock clock, Problems problems,
            Dialogs dialogs, ClosingSteps closing) {
    }

    public PracticeView(Services services) {
        this.services = services;
        this.chime = new Chime(services.tasks().io());
        BankState bank = services.bank();
        this.draw = new DrawViewModel(bank::currentBank, bank::drawer, bank::whenDrawerReady);
        getStyleClass().add("practice-view");
        buildPick();
        getChildren().setAll(pick);
        services.closing().beforeClose(() -> {
            if (active != null) {
                activeView.stop();
                active.saveBeforeExit();
            }
        });
        findUnfinished();
    }

    private void buildPick() {
        pick.getStyleClass().add("page");
        Label heading = new Label("Practice");
        heading.getStyleClass().add("page-title");

        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("drawType");
        type.getItems().setAll(DrawViewModel.TYPE_CHOICES);
        type.valueProperty().bindBidirectional(draw.typeProperty());
        Label typeLabel = new Label("Type");
        typeLabel.setLabelFor(type);

        Button drawButton = new Button("Draw a prompt");
        drawButton.setId("drawButton");
        drawButton.getStyleClass().add("accent");
        drawButton.setDefaultButton(true);
        drawButton.setOnAction(e -> draw.draw());

        Button start = new Button("Start session");
        start.setId("startButton");
        start.getStyleClass().add("success");
        start.disableProperty().bind(draw.questionProperty().isNull());
        start.setOnAction(e -> startSession(draw.questionProperty().get()));

        Button plans = new Button("Session plans...");
        plans.setId("sessionPlansButton");
        plans.setOnAction(e -> SessionPlansDialog.edit(services.settings()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(10, typeLabel, type, drawButton, grow, plans, start);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("drawMessage");
        message.getStyleClass().add("inline-message");
        message.textProperty().bind(draw.messageProperty());
        message.visibleProperty().bind(draw.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        pick.setTop(new VBox(12, notices, heading, toolbar, message));

        QuestionCard card = new QuestionCard();
        Label empty = new Label("Choose a type and draw a prompt, then start a timed session.");
        services.bank().whenBankReady(bank -> empty.setText(emptyStateText(bank)));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane body = new StackPane(empty);
        body.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        pick.setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(16, 0, 0, 0));
        draw.questionProperty().addListener((obs, old, q) -> {
            if (q != null) {
                card.show(q, draw.packTitle(q));
                body.getChildren().setAll(card);
            }
        });
    }

    private static String emptyStateText(QuestionBank bank) {
        Map<QuestionType, Long> counts = bank.questions().stream().collect(
                Collectors.groupingBy(Question::type, Collectors.counting()));
        String inBank = Arrays.stream(QuestionType.values())
                .map(t -> counts.getOrDefault(t, 0L) + " " + t.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · "));
        return "Choose a type and draw a prompt, then start a timed session.\n\nIn the bank: " + inBank
                + ". Each draw is new until you have seen every question of that type.";
    }

    /** Starts a timed session on a question (also used by retry and "practise this"). */
    public void startSession(Question question) {
        services.settings().whenSettingsReady(settings -> {
            if (active != null) {
                return;
            }
            SessionViewModel model = SessionViewModel.start(question, settings, services.sessions(), services.clock(),
                    services.tasks().scheduler(), services.tasks().fx()::execute);
            show(model, settings.sound());
        });
    }

    private void show(SessionViewModel model, boolean sound) {
        active = model;
        sessionRunning.set(true);
        activeBoard = new WhiteboardPane(model.whiteboard(), true, services.dialogs(), services.tasks());
        activeBoard.setId("whiteboard");
        activeBoard.setOnChanged(model::whiteboardChanged);
        Optional<BehavioralTools> behavioral = Optional.empty();
        if (model.question().type() == QuestionType.BEHAVIORAL) {
            behavioral = Optional.of(BehavioralTools.forSession(model.question(), model.snapshot().id(), services));
        }
        activeView = new SessionView(model, activeBoard, layouts, behavioral, new SessionView.Requests(
                sound ? chime::play : () -> { }, () -> confirmRescue(model), () -> showNumbers(model), this::requestFinish));
        String id = model.snapshot().id();
        startedHere.add(id);
        if (loopRun.isPresent() && loopRun.get().owns(id)) {
            VBox.setVgrow(activeView, Priority.ALWAYS);
            getChildren().setAll(new VBox(loopRun.get().sessionStarted(id), activeView));
        } else {
            getChildren().setAll(activeView);
        }
    }

    /** Starts a mock loop at its round (a new loop, or one resumed after a restart). */
    public void startLoop(MockLoop loop) {
        loopRun = Optional.of(loopRun(loop));
        startLoopRound();
    }

    private LoopRun loopRun(MockLoop loop) {
        return new LoopRun(loop, services.loops(), services.tasks(), services.problems(),
                id -> services.bank().currentBank().flatMap(b -> b.question(id)),
                (sessionId, round) -> services.tasks().run(() -> services.sessions().saveField(sessionId,
                        LoopRound.SESSION_FIELD, round.toJson()), e -> services.problems().reportProblem(new IOException(
                        "This round was not marked as part of the mock loop, so the loop's report will miss it: "
                                + e.getMessage(), e))),
                this::loopReport);
    }

    /** The finished loop's report, rebuilt from its rounds' sessions once the history has caught up with them. */
    private Node loopReport(MockLoop loop) {
        Label working = new Label("Working out the loop's report\u2026");
        VBox holder = new VBox(working);
        services.tasks().when(services.pastWork().history(), index -> services.tasks().run(() -> {
            index.refresh();
            return LoopReport.of(index.summaries()).stream().filter(r -> r.loopId().equals(loop.id())).findFirst();
        }, report -> holder.getChildren().setAll(report.<Node>map(r -> new LoopReportView(r, ZoneId.systemDefault(),
                services.dialogs(), services.tasks(), Optional.empty())).orElseGet(() -> new Label(
                "No round of this loop was saved, so there is nothing to report."))),
                e -> working.setText("The loop's report could not be worked out: " + e.getMessage())),
                e -> working.setText("Your past sessions could not be read: " + e.getMessage()));
        return holder;
    }

    private void startLoopRound() {
        loopRun.ifPresent(LoopRun::roundStarting);
        loopRun.flatMap(LoopRun::currentQuestion).ifPresentOrElse(this::startSession, () -> services.problems()
                .reportProblem(new IOException("The mock loop's next question is no longer in the bank.")));
    }

    /** The numbers and concepts window, one per session; a worked estimate goes to the end of the notes. */
    private void showNumbers(SessionViewModel model) {
        if (numbers == null) {
            numbers = new ReferenceSheetsWindow(getScene().getWindow(), model.question(),
                    services.bank().currentBank().map(QuestionBank::questions).orElse(List.of()),
                    model::appendToNotes, services.tasks());
        }
        numbers.show();
    }

    private void confirmRescue(SessionViewModel model) {
        if (services.dialogs().confirm("Reveal the rescue hint?", "It names the technique outright, and costs "
                + ScoreFormula.RESCUE_HINT_PENALTY + " points on top of the hints you used.", "Reveal it", "Keep trying")) {
            model.revealRescueHint();
        }
    }

    private void requestFinish() {
        int remaining = active.phasesRemaining();
        if (remaining > 0 && !services.dialogs().confirm("Finish the session?",
                remaining + (remaining == 1 ? " phase remains" : " phases remain")
                        + ". Finish now and save the session as it is?", "Finish now", "Keep practising")) {
            return;
        }
        SessionViewModel finishing = active;
        // A spoken answer still being timed ends with the session; its save is queued before the last ones.
        Optional<SpokenAnswer> spoken = activeView.stopSpeaking();
        finishing.finish();
        if (!finishing.whiteboard().board().shapes().isEmpty()) {
            activeBoard.renderPicture(FINISHED_PICTURE_PIXELS, finishing::savePicture);
        }
        finishedSaving.removeIf(model -> !model.hasUnsavedChanges());
        finishedSaving.add(finishing);
        // The last saves run after the session screen is gone: a failure must still reach the user.
        finishing.saveFailingProperty().addListener((obs, was, failing) -> {
            if (failing) {
                services.problems().reportProblem(new IOException("The finished session \u201c" + finishing.question().title()
                        + "\u201d is not fully saved yet: " + finishing.saveStatusProperty().get()));
            }
        });
        activeView.stop();
        activeBoard.dispose();
        if (numbers != null) {
            numbers.close();
            numbers = null;
        }
        active = null;
        sessionRunning.set(false);
        activeView = null;
        activeBoard = null;
        showGrading(finishing.snapshot(), finishing.notesProperty().get(), GradeHistory.empty(),
                Optional.of(finishing.whiteboard().snapshot()), SpokenTimes.of(spoken));
    }

    /** Opens self-grading for a finished session, beside what was written in it. */
    public void showGrading(SessionSnapshot session, String notes, GradeHistory grades, Optional<SavedBoard> board,
            SpokenTimes spoken) {
        Button back = new Button("Back to practice");
        back.setId("backToPracticeButton");
        back.setTooltip(new Tooltip("Grading can wait: it is also available from History"));
        back.setOnAction(e -> backToPick());
        Button again = new Button("Practise again");
        again.setId("practiceAgainButton");
        again.setOnAction(e -> startSession(session.question()));
        List<Button> actions = new ArrayList<>(List.of(back, again));
        loopRun.filter(run -> !run.loop().finished() && run.loop().sessionId().filter(session.id()::equals).isPresent())
                .ifPresent(run -> actions.add(0, run.nextButton(page -> getChildren().setAll(page), this::startLoopRound)));
        getChildren().setAll(services.grading().forSession(session, notes, grades, spoken,
                WhiteboardViews.readOnly(board, "gradingWhiteboard", services.tasks(), services.dialogs()), actions));
    }

    /** Draws from a given set of questions (a weak area to practise) and shows the result on the practice page. */
    public void drawFrom(List<Question> candidates, String why) {
        backToPick();
        draw.drawFrom(candidates, why);
    }

    private void backToPick() {
        getChildren().setAll(pick);
    }

    /**
     * Offers sessions that were never finished. They come from the history index, which reads every
     * session folder once at start-up anyway; only the unfinished ones are loaded again, whole.
     */
    private void findUnfinished() {
        services.tasks().when(services.pastWork().history(), index -> services.tasks().run(() -> {
            List<StoredSession> unfinished = new ArrayList<>();
            for (SessionSummary summary : index.summaries()) {
                if (!summary.isFinished()) {
                    unfinished.add(services.sessions().load(summary.id()));
                }
            }
            unfinished.sort(Comparator.comparing(stored -> stored.snapshot().createdAt()));
            return new Unfinished(unfinished, index.damaged().size(), services.loops().current());
        }, found -> {
            // The page may be built by a "practise this" or a loop from Today, whose session or loop is already
            // under way by the time the search ends: that one is running, not left over.
            List<StoredSession> leftOver = found.sessions().stream()
                    .filter(stored -> !startedHere.contains(stored.snapshot().id())).toList();
            if (!leftOver.isEmpty() || found.unreadable() > 0) {
                notices.getChildren().add(new ResumeBanner(leftOver, found.unreadable(), new UnfinishedActions(),
                        services.dialogs()));
            }
            found.loop().filter(loop -> loopRun.isEmpty()).ifPresent(loop -> offerLoop(loop, leftOver));
        }, this::cannotLookForUnfinished), this::cannotLookForUnfinished);
    }

    private void cannotLookForUnfinished(Exception failure) {
        services.problems().reportProblem(new IOException("Unfinished sessions could not be looked for: " + failure.getMessage(),
                failure));
    }

    private record Unfinished(List<StoredSession> sessions, int unreadable, Optional<MockLoop> loop) {}

    /**
     * A mock loop left under way. When its round's session is still open, resuming that session carries on
     * the loop; otherwise (between rounds, or a round finished but not moved on from) Continue picks it up.
     */
    private void offerLoop(MockLoop loop, List<StoredSession> unfinished) {
        loopRun = Optional.of(loopRun(loop));
        boolean roundOpen = loop.sessionId().filter(id -> unfinished.stream().anyMatch(s -> s.snapshot().id().equals(id)))
                .isPresent();
        if (roundOpen) {
            return;
        }
        MockLoop next = loop.sessionId().isPresent() ? loop.next() : loop;
        if (next.finished()) {
            return;
        }
        Label what = new Label("A mock loop is under way: " + next.progress() + ".");
        what.setWrapText(true);
        Button resume = new Button("Continue the mock loop");
        resume.setId("resumeLoopButton");
        resume.getStyleClass().add("accent");
        resume.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(12, what, resume);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("resume-banner");
        resume.setOnAction(e -> {
            notices.getChildren().remove(banner);
            startLoop(next);
        });
        notices.getChildren().add(banner);
    }

    /** What the resume banner's buttons do; file work runs in the background and reports back. */
    private final class UnfinishedActions implements ResumeBanner.Actions {
        private final Map<String, Path> trashed = new HashMap<>();

        @Override
        public void resume(StoredSession stored, ResumeBanner.Outcome outcome) {
            if (active != null) {
                outcome.failed("Finish the session in progress first.");
                return;
            }
            if (!stored.notesComplete()) {
                outcome.failed("The notes of \u201c" + stored.snapshot().question().title() + "\u201d are larger than "
                        + SessionRepository.MAX_NOTES_BYTES / (1024 * 1024) + " MiB, too large to edit here; finish it"
                        + " as is and read it in History, or shorten " + stored.folder().resolve(SessionRepository.NOTES_FILE)
                        + " by hand.");
                return;
            }
            services.tasks().run(() -> WhiteboardFiles.readForEditing(stored.folder(), services.clock()), board ->
                    services.settings().whenSettingsReady(settings -> {
                        if (active != null) {
                            outcome.failed("Finish the session in progress first.");
                            return;
                        }
                        show(SessionViewModel.resume(stored.snapshot(), stored.notes(), board.board(), services.sessions(),
                                services.clock(), services.tasks().scheduler(), services.tasks().fx()::execute), settings.sound());
                        board.problem().ifPresent(p -> active.reportProblem("The diagram could not be read and was set"
                                + " aside; you are drawing on a fresh board. " + p));
                        outcome.done();
                    }), failure -> outcome.failed("Could not resume: " + failure.getMessage()));
        }

        @Override
        public void finish(StoredSession stored, ResumeBanner.Outcome outcome) {
            PracticeSession session = PracticeSession.restore(stored.snapshot(), services.clock());
            session.finish();
            services.tasks().run(() -> {
                if (stored.notesComplete()) {
                    services.sessions().save(session.snapshot(), stored.notes());
                } else {
                    services.sessions().saveRecord(session.snapshot());
                }
                return stored;
            }, finished -> outcome.done(), failure -> outcome.failed("Could not finish \u201c"
                    + stored.snapshot().question().title() + "\u201d: " + failure.getMessage()));
        }

        @Override
        public void discard(StoredSession stored, ResumeBanner.Outcome outcome) {
            String id = stored.snapshot().id();
            services.tasks().run(() -> services.sessions().moveToTrash(id), where -> {
                trashed.put(id, where);
                outcome.done();
            }, failure -> outcome.failed("Could not move it to the trash: " + failure.getMessage()));
        }

        @Override
        public void undoDiscard(StoredSession stored, ResumeBanner.Outcome outcome) {
            String id = stored.snapshot().id();
            Path where = trashed.remove(id);
            if (where == null) {
                outcome.failed("Nothing to undo.");
                return;
            }
            services.tasks().run(() -> Files.move(where, services.sessions().folder(id)), back -> outcome.done(),
                    failure -> outcome.failed("Could not bring it back: " + failure.getMessage() + ". It is in "
                            + where + "."));
        }
    }

    /**
     * The window was asked to close: saves everything still pending (the running session, finished
     * sessions whose last save has not landed), then closes, or asks the user (see {@link UnsavedWork}).
     */
    public void closeRequested(Runnable close) {
        finishedSaving.removeIf(model -> !model.hasUnsavedChanges());
        List<SessionViewModel> pending = new ArrayList<>(finishedSaving);
        if (active != null) {
            pending.add(active);
        }
        new UnsavedWork(services.tasks(), services.dialogs(), pending).closeWhenSaved(() -> {
            finishedSaving.clear();
            close.run();
        });
    }

    /** True while a session runs, when starting another would abandon it. */
    /** True while a session runs: the window gives the session the room the navigation would take. */
    public ReadOnlyBooleanProperty sessionRunningProperty() {
        return sessionRunning.getReadOnlyProperty();
    }

    public boolean isSessionRunning() {
        return active != null;
    }
}
