package app.rehearse.ui.practice;

import app.rehearse.bank.Question;
import app.rehearse.history.LoopRound;
import app.rehearse.plan.LoopStore;
import app.rehearse.plan.MockLoop;
import app.rehearse.practice.Durations;
import app.rehearse.ui.common.Problems;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.UiTasks;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A mock loop on the practice page: which round the user is on, the break between rounds, and the end.
 * Every step is written to {@code loops/current.json} in the background, so a crash resumes the loop at
 * its round.
 */
final class LoopRun {
    private MockLoop loop;
    private final LoopStore store;
    private final UiTasks tasks;
    private final Problems problems;
    private final Function<String, Optional<Question>> questions;
    private final BiConsumer<String, LoopRound> markRound;
    private final Function<MockLoop, Node> report;
    private Timeline countdown;
    private boolean starting;

    /**
     * @param markRound keeps in a round's session which round of the loop it is
     * @param report the loop's report, shown at its end
     */
    LoopRun(MockLoop loop, LoopStore store, UiTasks tasks, Problems problems, Function<String, Optional<Question>> questions,
            BiConsumer<String, LoopRound> markRound, Function<MockLoop, Node> report) {
        this.markRound = markRound;
        this.report = report;
        this.loop = loop;
        this.store = store;
        this.tasks = tasks;
        this.problems = problems;
        this.questions = questions;
    }

    MockLoop loop() {
        return loop;
    }

    /** The question of the round to run now, when the bank still has it. */
    Optional<Question> currentQuestion() {
        return loop.finished() ? Optional.empty() : questions.apply(loop.currentQuestion());
    }

    /** The next session to start is this loop's round (and not one the user started elsewhere meanwhile). */
    void roundStarting() {
        starting = true;
    }

    /** Whether this session is the loop's round: the one it started, or the one it is starting now. */
    boolean owns(String sessionId) {
        return loop.sessionId().map(sessionId::equals).orElse(starting);
    }

    /** The round's session has started (or was resumed): remembered, and shown above it. */
    Node sessionStarted(String sessionId) {
        if (loop.sessionId().isEmpty()) {
            loop = loop.started(sessionId);
            starting = false;
            save();
            markRound.accept(sessionId, new LoopRound(loop.id(), loop.round(), loop.questionIds().size()));
        }
        return progress(loop.progress());
    }

    /** The button grading offers after a round: on to the break, or to the end of the loop. */
    Button nextButton(Consumer<Node> show, Runnable startRound) {
        boolean last = loop.round() + 1 >= loop.questionIds().size();
        Button next = new Button(last ? "Finish the mock loop" : "Next round");
        next.setId("nextRoundButton");
        next.getStyleClass().add("accent");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> {
            loop = loop.next();
            save();
            show.accept(loop.finished() ? summary() : pause(startRound));
        });
        return next;
    }

    /** Between rounds: what comes next, the break counting down, and a button to start when ready. */
    Node pause(Runnable startRound) {
        Label clock = new Label();
        clock.setId("breakTimer");
        clock.getStyleClass().add("timer-label");
        long[] left = {loop.template().breakMinutes() * 60_000L};
        Runnable tick = () -> clock.setText(left[0] > 0 ? "Break: " + Durations.clock(left[0]) + " left"
                : "Break over: start the next round when you are ready.");
        tick.run();
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            left[0] = Math.max(0, left[0] - 1_000);
            tick.run();
        }));
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
        Button start = new Button("Start the next round");
        start.setId("startNextRoundButton");
        start.getStyleClass().add("accent");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> {
            countdown.stop();
            startRound.run();
        });
        VBox box = new VBox(14, SectionTitle.of("Mock loop"), progress("Next: " + loop.progress()), clock, start);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("page");
        box.setId("loopBreak");
        return box;
    }

    private Node summary() {
        VBox box = new VBox(12, progress(loop.progress()), report.apply(loop));
        box.getStyleClass().add("page");
        box.setId("loopSummary");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label progress(String text) {
        Label label = new Label("Mock loop \u00b7 " + text);
        label.setId("loopProgress");
        label.getStyleClass().add("loop-progress");
        label.setWrapText(true);
        return label;
    }

    private void save() {
        MockLoop snapshot = loop;
        tasks.run(() -> store.save(snapshot), e -> problems.reportProblem(new IOException(
                "The mock loop's progress was not saved: " + e.getMessage(), e)));
    }
}
