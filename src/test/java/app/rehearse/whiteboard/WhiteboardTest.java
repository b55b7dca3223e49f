package app.rehearse.whiteboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhiteboardTest {
    private final FakeSession session = new FakeSession();
    private final Whiteboard whiteboard = session.whiteboard;

    @Test
    void undoAndRedoWalkTheHistoryAndANewEditClearsRedo() {
        assertThat(whiteboard.canUndo()).isFalse();
        assertThat(whiteboard.undo()).isEmpty();
        Shape a = session.rectangle(0, 0, 10, 10);
        whiteboard.execute(Commands.move(List.of(a.id()), 5, 5));

        assertThat(whiteboard.history().undoName()).contains("Move");
        whiteboard.undo();
        assertThat(whiteboard.canRedo()).isTrue();
        assertThat(whiteboard.history().redoName()).contains("Move");
        assertThat(session.current(a)).isEqualTo(a);

        whiteboard.execute(Commands.setLabel(a.id(), "API"));
        assertThat(whiteboard.canRedo()).isFalse();
        assertThat(whiteboard.redo()).isEmpty();
        assertThat(whiteboard.history().undoDepth()).isEqualTo(2);
    }

    @Test
    void everyChangeIsLoggedWithTheSessionTimePhaseAndWhatCausedIt() {
        session.millis = 1_000;
        session.phase = "requirements";
        Shape a = session.rectangle(0, 0, 10, 10);
        session.millis = 65_000;
        session.phase = "high-level-design";
        whiteboard.execute(Commands.setLabel(a.id(), "API"));
        session.millis = 70_000;
        whiteboard.undo();
        session.millis = 71_000;
        whiteboard.redo();

        List<LogEntry> log = whiteboard.log();
        assertThat(log).extracting(LogEntry::elapsedMillis).containsExactly(1_000L, 65_000L, 70_000L, 71_000L);
        assertThat(log).extracting(LogEntry::phase).containsExactly("requirements", "high-level-design",
                "high-level-design", "high-level-design");
        assertThat(log).extracting(LogEntry::origin).containsExactly(LogEntry.Origin.EDIT, LogEntry.Origin.EDIT,
                LogEntry.Origin.UNDO, LogEntry.Origin.REDO);
        assertThat(log).extracting(LogEntry::action).containsExactly("Add rectangle", "Edit text", "Undo Edit text",
                "Redo Edit text");
        assertThat(log.get(2).delta()).isEqualTo(log.get(1).delta().inverse());
    }

    @Test
    void theLogStaysInTimeOrderEvenIfTheClockStepsBack() {
        session.millis = 5_000;
        session.rectangle(0, 0, 10, 10);
        session.millis = 3_000;
        session.rectangle(0, 0, 10, 10);

        assertThat(whiteboard.log()).extracting(LogEntry::elapsedMillis).containsExactly(5_000L, 5_000L);
    }

    @Test
    void listenersSeeTheHistoryAlreadyUpdated() {
        List<String> seen = new ArrayList<>();
        whiteboard.board().addListener(d -> seen.add(whiteboard.canUndo() + "/" + whiteboard.canRedo() + "/"
                + whiteboard.log().size()));

        session.rectangle(0, 0, 10, 10);
        whiteboard.undo();
        whiteboard.redo();

        assertThat(seen).containsExactly("true/false/1", "false/true/2", "true/false/3");
    }

    @Test
    void aRestoredBoardKeepsItsLogAndNeverReusesAnIdFromIt() {
        Shape a = session.rectangle(0, 0, 10, 10);
        Shape b = session.rectangle(0, 0, 10, 10);
        whiteboard.execute(Commands.remove(List.of(b.id())));

        Whiteboard reopened = Whiteboard.restore(whiteboard.snapshot(), () -> 9_000, () -> "deep-dive");

        assertThat(reopened.board().shapes()).containsExactly(a);
        assertThat(reopened.canUndo()).as("undo history belongs to a run of the app").isFalse();
        assertThat(reopened.log()).isEqualTo(whiteboard.log());
        assertThat(reopened.board().newId()).isNotIn(a.id(), b.id());
        reopened.execute(Commands.setLabel(a.id(), "x"));
        assertThat(reopened.log().get(reopened.log().size() - 1).phase()).isEqualTo("deep-dive");
    }

    @Test
    void aSnapshotIsUnaffectedByLaterEdits() {
        Shape a = session.rectangle(0, 0, 10, 10);
        SavedBoard snapshot = whiteboard.snapshot();

        whiteboard.execute(Commands.remove(List.of(a.id())));

        assertThat(snapshot.shapes()).containsExactly(a);
        assertThat(snapshot.log()).hasSize(1);
    }
}
