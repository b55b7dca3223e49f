package app.rehearse.ui.practice;

import app.rehearse.grading.ScoreFormula;
import app.rehearse.practice.SessionEvent;
import app.rehearse.practice.SessionState;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.ui.common.Shortcut;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.markdown.MarkdownView;
import app.rehearse.ui.whiteboard.WhiteboardPane;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A running session: the phase bar with countdown and controls on top; the prompt, hints and
 * follow-ups, the notes, and the whiteboard side by side in resizable panes below.
 */
final class SessionView extends BorderPane {
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HINT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FINISH = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERTIME = PseudoClass.getPseudoClass("overtime");
    private static final PseudoClass CUE = PseudoClass.getPseudoClass("cue");

    /** The running session's shortcuts, for the help screen. */
    static final List<Shortcut> SHORTCUTS = List.of(Shortcut.of(PAUSE, "Pause or resume the clock"),
            Shortcut.of(NEXT, "Next phase"), Shortcut.of(HINT, "Reveal the next hint"),
            Shortcut.of(FINISH, "Finish the session and grade it"));

    private final SessionViewModel model;
    private final Timeline ticker;
    private final Runnable onFinishRequested;
    private final VBox bar;
    private final Runnable chime;
    private final Optional<SpeakingBar> speaking;

    /**
     * What the screen asks of the page around it.
     *
     * @param chime sounds a phase change (does nothing when the user turned sound off)
     * @param rescue the user asked for the rescue hint: confirm the cost, then reveal it
     * @param numbers open the numbers sheet, the estimation pad and the glossary beside the session
     * @param finish the user asked to finish
     */
    record Requests(Runnable chime, Runnable rescue, Runnable numbers, Runnable finish) {
    }

    /**
     * @param layouts where this question type's dividers were left, and where this session leaves them
     * @param behavioral the story picker and the spoken-answer timer, for a behavioral question
     */
    SessionView(SessionViewModel model, WhiteboardPane whiteboard, SessionLayouts layouts,
            Optional<BehavioralTools> behavioral, Requests requests) {
        this.model = model;
        this.chime = requests.chime();
        this.onFinishRequested = requests.finish();
        Runnable onRescueRequested = requests.rescue();
        getStyleClass().add("session-view");

        Label title = new Label(model.question().title());
        title.getStyleClass().add("session-question");
        Label saveStatus = new Label();
        saveStatus.setId("saveStatus");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.textProperty().bind(model.saveStatusProperty());
        model.saveFailingProperty().addListener((obs, was, failing) ->
                saveStatus.pseudoClassStateChanged(WARNING, failing));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, grow, saveStatus);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label phase = new Label();
        phase.setId("phaseLabel");
        phase.getStyleClass().add("phase-label");
        phase.textProperty().bind(model.phaseNameProperty());
        Label count = new Label();
        count.getStyleClass().add("phase-count");
        count.textProperty().bind(model.phaseCountProperty());
        VBox phaseBox = new VBox(2, phase, count);

        ProgressBar progress = new ProgressBar();
        progress.setId("phaseProgress");
        progress.getStyleClass().add("phase-progress");
        progress.progressProperty().bind(model.phaseProgressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);

        Label timer = new Label();
        timer.setId("timerLabel");
        timer.getStyleClass().add("timer-label");
        timer.textProperty().bind(model.timerTextProperty());
        timer.accessibleTextProperty().bind(model.announcementProperty());
        model.timerStateProperty().addListener((obs, old, state) -> {
            timer.pseudoClassStateChanged(WARNING, state == TimerFormat.TimerState.WARNING);
            timer.pseudoClassStateChanged(OVERTIME, state == TimerFormat.TimerState.OVERTIME);
            progress.pseudoClassStateChanged(OVERTIME, state == TimerFormat.TimerState.OVERTIME);
        });

        Button pause = button("pauseButton", "Pause", "Pause or resume the clock", PAUSE);
        pause.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(SessionState.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.setOnAction(e -> model.togglePause());
        Button next = button("nextPhaseButton", "Next phase", "Move on to the next phase", NEXT);
        next.disableProperty().bind(model.hasNextPhaseProperty().not());
        next.setOnAction(e -> cue(model.nextPhase()));
        Button hint = button("hintButton", "Hint", "Reveal the next hint (counts against the score)", HINT);
        hint.disableProperty().bind(model.hintsLeftProperty().not());
        hint.setOnAction(e -> model.revealHint());
        // Once the hints run out, the rescue hint takes the button's place: it names the technique and costs more.
        Button rescue = new Button("Rescue hint");
        rescue.setId("rescueHintButton");
        rescue.setMinWidth(Region.USE_PREF_SIZE);
        rescue.setTooltip(new Tooltip("For when you are truly stuck: names the technique outright (costs "
                + ScoreFormula.RESCUE_HINT_PENALTY + " points)"));
        rescue.setOnAction(e -> onRescueRequested.run());
        rescue.visibleProperty().bind(model.rescueHintLeftProperty());
        rescue.managedProperty().bind(rescue.visibleProperty());
        hint.visibleProperty().bind(model.rescueHintLeftProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        Button finish = button("finishButton", "Finish", "End the session and grade it", FINISH);
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> onFinishRequested.run());

        Button numbers = new Button("Numbers");
        numbers.setId("numbersButton");
        numbers.setMinWidth(Region.USE_PREF_SIZE);
        numbers.setTooltip(new Tooltip("Latency, throughput, nines and costs, an estimation pad and the glossary,"
                + " in a window beside the session"));
        numbers.setOnAction(e -> requests.numbers().run());
        HBox controls = new HBox(14, phaseBox, progress, timer, pause, next, hint, rescue, numbers, finish);
        controls.setAlignment(Pos.CENTER_LEFT);
        // The newest hint or follow-up stays in view under the controls, whatever the side pane shows.
        Label latest = new Label();
        latest.setId("latestCue");
        latest.getStyleClass().add("latest-cue");
        latest.setWrapText(true);
        latest.setMaxWidth(Double.MAX_VALUE);
        latest.textProperty().bind(model.latestCueProperty());
        latest.visibleProperty().bind(model.latestCueProperty().isNotEmpty());
        latest.managedProperty().bind(latest.visibleProperty());
        this.speaking = behavioral.map(BehavioralTools::speaking);
        bar = new VBox(8, titleRow, controls);
        this.speaking.ifPresent(bar.getChildren()::add);
        bar.getChildren().add(latest);
        bar.getStyleClass().add("session-bar");
        setTop(bar);

        MarkdownView prompt = new MarkdownView();
        prompt.setId("sessionPrompt");
        prompt.setMarkdown(model.question().prompt());
        ListView<String> hints = WrappingCells.list("hintList", "No hints used. Try on your own first.");
        hints.setItems(model.hints());
        hints.setPrefHeight(150);
        ListView<String> followUps = WrappingCells.list("followUpList",
                "The interviewer's follow-ups appear here as the phases change.");
        followUps.setItems(model.followUps());
        followUps.setPrefHeight(190);
        model.followUps().addListener((ListChangeListener<String>) c ->
                followUps.scrollTo(model.followUps().size() - 1));
        Region promptGrow = new Region();
        HBox.setHgrow(promptGrow, Priority.ALWAYS);
        HBox promptHeader = new HBox(8, SectionTitle.of("Prompt"), promptGrow);
        promptHeader.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(10, promptHeader, prompt);
        behavioral.ifPresent(tools -> side.getChildren().add(tools.picker()));
        side.getChildren().addAll(SectionTitle.of("Follow-ups"), followUps, SectionTitle.of("Hints"), hints);
        side.getStyleClass().add("session-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);

        TextArea notes = new TextArea();
        notes.setId("notesArea");
        notes.getStyleClass().add("notes-area");
        notes.setWrapText(true);
        notes.setPromptText("Notes (Markdown). Requirements, numbers, APIs, decisions, trade-offs...");
        notes.textProperty().bindBidirectional(model.notesProperty());
        Node notesPane = notesWithPreview(notes, behavioral.map(tools -> tools.starNotes().jumps(notes)));
        behavioral.ifPresent(tools -> tools.starNotes().attach(notes));

        // The board gets most of the width; prompt and notes stay readable beside it. A behavioral session
        // starts with the board folded away and the notes wide.
        SessionPanes panes = new SessionPanes(model.question().type(), layouts, sideScroll, notesPane, whiteboard);
        promptHeader.getChildren().add(panes.foldPromptButton());
        whiteboard.addToToolbar(panes.foldBoardButton());
        setCenter(panes.node());

        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            cue(model.tick());
            this.speaking.ifPresent(SpeakingBar::refresh);
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == SessionState.FINISHED) {
                ticker.stop();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    void stop() {
        ticker.stop();
    }

    /** Ends a spoken answer still being timed, which keeps it, and gives it (empty when none was timed). */
    Optional<SpokenAnswer> stopSpeaking() {
        speaking.ifPresent(SpeakingBar::stop);
        return speaking.flatMap(SpeakingBar::answer);
    }

    /**
     * The notes with a Preview toggle that shows them as grading, review and export will: Markdown,
     * each typed line on its own line. STAR notes carry a button per part in the header.
     */
    private Node notesWithPreview(TextArea notes, Optional<Node> starJumps) {
        MarkdownView preview = new MarkdownView();
        preview.setId("notesPreview");
        preview.getStyleClass().add("notes-preview");
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        ToggleButton previewing = new ToggleButton("Preview");
        previewing.setId("notesPreviewToggle");
        previewing.getStyleClass().add("flat");
        previewing.setMinWidth(Region.USE_PREF_SIZE);
        previewing.setTooltip(new Tooltip("Show the notes as they will read in grading and review"));
        previewing.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                preview.setMarkdown(notes.getText().isBlank() ? "_No notes yet._" : notes.getText());
            } else {
                notes.requestFocus();
            }
        });
        previewScroll.visibleProperty().bind(previewing.selectedProperty());
        notes.visibleProperty().bind(previewing.selectedProperty().not());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, SectionTitle.of(starJumps.isPresent() ? "STAR notes" : "Notes"));
        starJumps.ifPresent(header.getChildren()::add);
        header.getChildren().addAll(grow, previewing);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("notes-header");
        StackPane body = new StackPane(notes, previewScroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox pane = new VBox(header, body);
        starJumps.ifPresent(jumps -> pane.setId("starNotes"));
        return pane;
    }

    private void shortcut(KeyEvent e) {
        // Every shortcut carries a modifier: plain keys belong to the notes and the whiteboard (Space pans there).
        if (PAUSE.match(e)) {
            model.togglePause();
        } else if (NEXT.match(e)) {
            cue(model.nextPhase());
        } else if (HINT.match(e)) {
            model.revealHint();
        } else if (FINISH.match(e)) {
            onFinishRequested.run();
        } else if (speaking.isEmpty() || !speaking.get().handle(e)) {
            return;
        }
        e.consume();
    }

    /** A short visual pulse of the phase bar when a phase starts, time is up, or a follow-up arrives. */
    private void cue(List<SessionEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        bar.pseudoClassStateChanged(CUE, true);
        PauseTransition off = new PauseTransition(Duration.millis(1200));
        off.setOnFinished(e -> bar.pseudoClassStateChanged(CUE, false));
        off.play();
        chime.run();
    }

    private static Button button(String id, String text, String help, KeyCombination shortcut) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help + " (" + shortcut.getDisplayText() + ")"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

}
