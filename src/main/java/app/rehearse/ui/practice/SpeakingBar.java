package app.rehearse.ui.practice;

import app.rehearse.stories.SpeakingTimer;
import app.rehearse.stories.SpokenAnswer;
import app.rehearse.stories.StarTiming;
import app.rehearse.stories.StarTiming.Part;
import app.rehearse.ui.common.SectionTitle;
import app.rehearse.ui.common.Shortcut;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Timing the spoken answer of a behavioral question: tap (or press Ctrl+1 to Ctrl+4) as you move from
 * Situation to Task to Action to Result; the clock starts with the first tap. The parts' times show
 * live against the targets, and Stop keeps the answer with the session. The answer can be recorded
 * too, the marks stamped on the recording.
 */
final class SpeakingBar extends FlowPane {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
    /** The four part keys, as help lists them. */
    static final Shortcut SHORTCUT = new Shortcut(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)
            .getDisplayText() + " \u2026 4", "In a behavioral answer: start timing Situation, Task, Action, Result");

    private final SpeakingTimer timer;
    private final Label clock = new Label("0:00");
    private final Label parts = new Label();
    private final ToggleGroup marks = new ToggleGroup();
    private final List<KeyCombination> keys = new ArrayList<>();
    private final Consumer<SpokenAnswer> keep;
    private final RecordControl recording;

    /** @param keep stores the answer (each time it is stopped) */
    SpeakingBar(SpeakingTimer timer, Consumer<SpokenAnswer> keep, RecordControl recording) {
        super(10, 6);
        this.timer = timer;
        this.keep = keep;
        this.recording = recording;
        setId("speakingBar");
        getStyleClass().add("speaking-bar");
        setAlignment(Pos.CENTER_LEFT);
        clock.setId("speakingTimer");
        clock.getStyleClass().add("speaking-timer");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(4);
        for (Part part : Part.values()) {
            ToggleButton mark = new ToggleButton(part.label());
            mark.setId("mark" + part.label());
            mark.setToggleGroup(marks);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            KeyCombination key = new KeyCodeCombination(DIGITS[part.ordinal()], KeyCombination.SHORTCUT_DOWN);
            keys.add(key);
            mark.setTooltip(new Tooltip("Say it now: starts " + part.label() + " (" + key.getDisplayText() + ")"));
            mark.setOnAction(e -> mark(part));
            buttons.getChildren().add(mark);
        }
        Button stop = new Button("Stop");
        stop.setId("stopSpeakingButton");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> stop());
        parts.setId("speakingParts");
        parts.getStyleClass().add("speaking-parts");
        parts.setWrapText(true);
        getChildren().addAll(SectionTitle.of("Spoken answer"), clock, buttons, stop, recording, parts);
        refresh();
    }

    /** Ctrl+1 to Ctrl+4 mark the parts; true when the key was one of them. */
    boolean handle(KeyEvent e) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).match(e)) {
                mark(Part.values()[i]);
                return true;
            }
        }
        return false;
    }

    /** Called a few times a second while the session runs. */
    void refresh() {
        clock.setText(StarTiming.clock(Duration.ofMillis(timer.elapsed())));
        Optional<SpokenAnswer> answer = timer.answer();
        parts.setText(answer.map(this::describe).orElse("Tap Situation as you start speaking; aim for "
                + StarTiming.target() + ", most of it Action."));
    }

    /** Stops a running answer and keeps it (when the session ends with the answer still running, too). */
    void stop() {
        recording.stop();
        if (!timer.isRunning()) {
            return;
        }
        timer.stop();
        marks.selectToggle(null);
        refresh();
        timer.answer().ifPresent(keep);
    }

    /** The answer as timed so far (or as it ended); empty before the first mark. */
    Optional<SpokenAnswer> answer() {
        return timer.answer();
    }

    private void mark(Part part) {
        timer.mark(part);
        recording.marked(part);
        marks.getToggles().stream().filter(t -> ((ToggleButton) t).getId().equals("mark" + part.label())).findFirst()
                .ifPresent(marks::selectToggle);
        refresh();
    }

    private String describe(SpokenAnswer answer) {
        StarTiming timing = answer.timing();
        String line = timing.partTimes(part -> part.label().substring(0, 1));
        return timer.isRunning() ? line : line + "  \u2014  " + (timing.flags().isEmpty() ? "Well shaped."
                : timing.flags().get(0));
    }
}
