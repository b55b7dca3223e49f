package app.rehearse.ui.practice;

import app.rehearse.practice.SessionSnapshot;
import app.rehearse.practice.StoredSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Offers what to do with sessions that were never finished: resume, finish as they are, or discard to trash. */
final class ResumeBanner extends HBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /** What the user chose for one unfinished session. */
    interface Actions {
        void resume(StoredSession session);

        void finish(StoredSession session);

        void discard(StoredSession session);
    }

    private final Deque<StoredSession> queue;
    private final Label text = new Label();

    ResumeBanner(List<StoredSession> unfinished, Actions actions) {
        super(10);
        setId("resumeBanner");
        getStyleClass().add("notice-banner");
        setAlignment(Pos.CENTER_LEFT);
        List<StoredSession> newestFirst = new java.util.ArrayList<>(unfinished);
        java.util.Collections.reverse(newestFirst);
        queue = new ArrayDeque<>(newestFirst);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = new Button("Resume");
        resume.setId("resumeButton");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> next(actions::resume));
        Button finish = new Button("Finish as is");
        finish.setId("finishUnfinishedButton");
        finish.setOnAction(e -> next(actions::finish));
        Button discard = new Button("Discard");
        discard.setId("discardUnfinishedButton");
        discard.setOnAction(e -> next(actions::discard));
        getChildren().addAll(text, resume, finish, discard);
        show();
    }

    private void next(Consumer<StoredSession> action) {
        StoredSession session = queue.poll();
        show();
        if (session != null) {
            action.accept(session);
        }
    }

    private void show() {
        StoredSession current = queue.peek();
        setVisible(current != null);
        setManaged(current != null);
        if (current == null) {
            return;
        }
        SessionSnapshot s = current.snapshot();
        long minutes = s.elapsedMs() / 60_000;
        String more = queue.size() > 1 ? "  (" + (queue.size() - 1) + " more after this one)" : "";
        text.setText("Unfinished session: \"" + s.question().title() + "\", started " + WHEN.format(s.createdAt())
                + ", " + minutes + " min in, phase " + (s.phaseIndex() + 1) + " of " + s.plan().size() + "." + more);
    }
}
