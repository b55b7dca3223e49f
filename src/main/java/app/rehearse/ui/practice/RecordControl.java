package app.rehearse.ui.practice;

import app.rehearse.audio.AudioSource;
import app.rehearse.audio.Availability;
import app.rehearse.audio.Microphone;
import app.rehearse.audio.Recorder;
import app.rehearse.audio.RecordingFormat;
import app.rehearse.audio.RecordingOutcome;
import app.rehearse.practice.Durations;
import app.rehearse.stories.StarTiming.Part;
import app.rehearse.ui.common.UiTasks;
import app.rehearse.ui.stories.RecordingPlayer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Records the spoken answer to {@code answer.wav} in the session folder, the STAR marks stamped on its
 * timeline. Nothing leaves the machine. Where there is no microphone the button stays disabled and says
 * why (on a wrapper too, since a disabled control shows no tooltip of its own).
 */
final class RecordControl extends HBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ToggleButton record = new ToggleButton("\u25cf Record");
    private final Label status = new Label();
    private final Path target;
    private final UiTasks tasks;
    private Optional<AudioSource> microphone = Optional.empty();
    private Recorder recorder;
    private Optional<Part> current = Optional.empty();

    /** @param probe finds the microphone; it runs in the background */
    RecordControl(Path sessionFolder, UiTasks tasks, Supplier<Availability<AudioSource>> probe) {
        super(6);
        this.target = sessionFolder.resolve(RecordingPlayer.FILE_NAME);
        this.tasks = tasks;
        record.setId("recordButton");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setDisable(true);
        explain("Looking for a microphone\u2026");
        record.setOnAction(e -> {
            if (record.isSelected()) {
                start();
            } else {
                stop();
            }
        });
        status.setId("recordingStatus");
        status.getStyleClass().add("recording-status");
        status.setWrapText(true);
        StackPane wrapper = new StackPane(record);
        Tooltip.install(wrapper, record.getTooltip());
        getChildren().addAll(wrapper, status);
        setAlignment(Pos.CENTER_LEFT);
        tasks.run(probe::get, this::found, e -> explain("The microphone could not be checked: " + e.getMessage()));
    }

    /** Finds the microphone with the sound system, for the app. */
    static Supplier<Availability<AudioSource>> systemMicrophone() {
        return Microphone::probe;
    }

    /** The speaker moved on to {@code part}: stamped on the recording's timeline while one is running. */
    void marked(Part part) {
        current = Optional.of(part);
        if (recorder != null) {
            recorder.mark(part.label());
        }
    }

    /** The answer (or the session) ended: a running recording stops and is saved. */
    void stop() {
        if (recorder != null) {
            recorder.stop();
            status.setText("Saving the recording\u2026");
        }
    }

    private void found(Availability<AudioSource> availability) {
        if (availability instanceof Availability.Ready<AudioSource> ready) {
            microphone = Optional.of(ready.device());
            record.setDisable(false);
            explain("Record your answer to " + RecordingPlayer.FILE_NAME + " in this session's folder; it never leaves this machine."
                    + " Recording again replaces it.");
        } else {
            explain(availability.problem().orElse("No microphone found on this machine."));
        }
    }

    private void start() {
        if (microphone.isEmpty() || recorder != null) {
            return;
        }
        recorder = Recorder.start(microphone.get(), target, RecordingFormat.DEFAULT_MAX_BYTES, tasks.fx()::execute,
                this::done);
        current.ifPresent(part -> recorder.mark(part.label()));
        status.pseudoClassStateChanged(WARNING, false);
        status.setText("Recording (at most " + Durations.clock(RecordingFormat.bytesToMillis(
                RecordingFormat.DEFAULT_MAX_BYTES)) + "); it stays on this machine.");
    }

    private void done(RecordingOutcome outcome) {
        recorder = null;
        record.setSelected(false);
        if (outcome instanceof RecordingOutcome.Saved saved) {
            status.pseudoClassStateChanged(WARNING, saved.capped());
            status.setText(saved.notice().orElse("Recording saved (" + Durations.clock(saved.durationMs())
                    + "); play it back from History."));
        } else if (outcome instanceof RecordingOutcome.Failed failed) {
            status.pseudoClassStateChanged(WARNING, true);
            status.setText(failed.message());
        }
    }

    private void explain(String why) {
        if (record.getTooltip() == null) {
            record.setTooltip(new Tooltip(why));
        } else {
            record.getTooltip().setText(why);
        }
        record.setAccessibleHelp(why);
    }
}
