package app.rehearse.ui.practice;

import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import app.rehearse.ui.common.Dialogs;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Offers what to do with sessions that were never finished: resume, finish as they are, or discard
 * to the trash (after a confirmation, with Undo). What fails is said here and the session stays offered.
 */
final class ResumeBanner extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /** What the user chose for one unfinished session; each reports back through {@link Outcome}. */
    interface Actions {
        void resume(StoredSession session, Outcome outcome);

        void finish(StoredSession session, Outcome outcome);

        void discard(StoredSession session, Outcome outcome);

        void undoDiscard(StoredSession session, Outcome outcome);
    }

    /** How an action ended, on the FX thread. */
    interface Outcome {
        void done();

        void failed(String message);
    }

    private final Deque<StoredSession> queue;
    private final Actions actions;
    private final Dialogs dialogs;
    private final Label text = new Label();
    private final Label status = new Label();
    private final Button undo = new Button("Undo");
    private final HBox buttons;
    private StoredSession lastDiscarded;

    /** @param unreadable how many session folders could not be read (damaged, or from a newer Rehearse) */
    ResumeBanner(List<StoredSession> unfinished, int unreadable, Actions actions, Dialogs dialogs) {
        super(6);
        this.actions = actions;
        this.dialogs = dialogs;
        setId("resumeBanner");
        getStyleClass().add("notice-banner");
        List<StoredSession> newestFirst = new ArrayList<>(unfinished);
        Collections.reverse(newestFirst);
        queue = new ArrayDeque<>(newestFirst);
        text.setId("resumeText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = button("resumeButton", "Resume");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> act(actions::resume, false));
        Button finish = button("finishUnfinishedButton", "Finish as is");
        finish.setOnAction(e -> act(actions::finish, false));
        Button discard = button("discardUnfinishedButton", "Discard");
        discard.setOnAction(e -> act(actions::discard, true));
        undo.setId("undoDiscardButton");
        undo.setMinWidth(USE_PREF_SIZE);
        undo.setOnAction(e -> undoDiscard());
        buttons = new HBox(8, resume, finish, discard);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(USE_PREF_SIZE);
        HBox row = new HBox(12, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        // With no session left to offer, the row takes no room: only the status line shows.
        row.visibleProperty().bind(text.textProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        status.setId("resumeStatus");
        status.setWrapText(true);
        HBox statusRow = new HBox(10, status, undo);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(status.textProperty().isNotEmpty());
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        undo.setVisible(false);
        undo.managedProperty().bind(undo.visibleProperty());
        getChildren().addAll(row, statusRow);
        if (unreadable > 0) {
            status.setText(unreadable + (unreadable == 1 ? " session folder" : " session folders") + " could not be read"
                    + " (damaged, or from a newer Rehearse) and cannot be resumed here; History lists "
                    + (unreadable == 1 ? "it" : "them") + " with the reason.");
        }
        show();
    }

    private static Button button(String id, String label) {
        Button button = new Button(label);
        button.setId(id);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private interface Action {
        void apply(StoredSession session, Outcome outcome);
    }

    private void act(Action action, boolean discarding) {
        StoredSession session = queue.peek();
        if (session == null || discarding && !dialogs.confirm("Discard this session?", "\u201c"
                + session.snapshot().question().title() + "\u201d moves to the trash folder. You can undo this until"
                + " you close the app, and restore it from the trash folder by hand after that.", "Move to trash",
                "Keep it")) {
            return;
        }
        buttons.setDisable(true);
        action.apply(session, new Outcome() {
            @Override
            public void done() {
                queue.remove(session);
                buttons.setDisable(false);
                lastDiscarded = discarding ? session : null;
                undo.setVisible(discarding);
                status.setText(discarding ? "Moved \u201c" + session.snapshot().question().title() + "\u201d to the trash."
                        : "");
                show();
            }

            @Override
            public void failed(String message) {
                buttons.setDisable(false);
                status.setText(message);
                undo.setVisible(false);
                show();
            }
        });
    }

    private void undoDiscard() {
        StoredSession session = lastDiscarded;
        if (session == null) {
            return;
        }
        actions.undoDiscard(session, new Outcome() {
            @Override
            public void done() {
                lastDiscarded = null;
                undo.setVisible(false);
                status.setText("");
                queue.addFirst(session);
                show();
            }

            @Override
            public void failed(String message) {
                status.setText(message);
            }
        });
    }

    private void show() {
        StoredSession current = queue.peek();
        boolean anything = current != null || !status.getText().isEmpty();
        setVisible(anything);
        setManaged(anything);
        buttons.setVisible(current != null);
        buttons.setManaged(current != null);
        if (current == null) {
            text.setText("");
            return;
        }
        SessionSnapshot s = current.snapshot();
        long minutes = s.elapsedMs() / 60_000;
        String more = queue.size() > 1 ? "  (" + (queue.size() - 1) + " more after this one)" : "";
        text.setText("Unfinished session: \u201c" + s.question().title() + "\u201d, started " + WHEN.format(s.createdAt())
                + ", " + minutes + " min in, phase " + (s.phaseIndex() + 1) + " of " + s.plan().size() + "." + more);
    }
}
