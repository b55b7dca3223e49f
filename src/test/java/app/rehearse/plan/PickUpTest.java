package app.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.bank.Level;
import app.rehearse.bank.QuestionType;
import app.rehearse.history.SessionSummary;
import app.rehearse.practice.SessionState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PickUpTest {
    private static final Instant MORNING = Instant.parse("2026-12-03T09:15:00Z");

    private static SessionSummary session(String id, String title, Instant at, SessionState state) {
        return new SessionSummary(id, Path.of(id), "q-" + id, title, QuestionType.SYSTEM_DESIGN, Level.SENIOR, List.of(),
                Optional.empty(), List.of(), at, Optional.empty(), state, 1, 1, 0, 0, 0, 0, OptionalInt.empty(),
                Optional.empty(), Map.of(), "", Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    private static MockLoop loop(int round, Optional<String> session) {
        return new MockLoop("loop-1", LoopTemplate.ONSITE, List.of("a", "b", "c", "d"), round, session, MORNING);
    }

    @Test
    void nothingUnfinishedSaysNothing() {
        assertThat(PickUp.describe(List.of(session("s1", "Cache", MORNING, SessionState.FINISHED)), Optional.empty(),
                ZoneOffset.UTC)).isEmpty();
        assertThat(PickUp.describe(List.of(), Optional.of(loop(4, Optional.empty())), ZoneOffset.UTC))
                .as("a loop past its last round is over").isEmpty();
    }

    @Test
    void oneUnfinishedSessionIsNamedWithWhenItStarted() {
        assertThat(PickUp.describe(List.of(session("s1", "Design a URL shortener", MORNING, SessionState.RUNNING)),
                Optional.empty(), ZoneOffset.UTC)).hasValue("\u201cDesign a URL shortener\u201d, started 3 Dec, 09:15, was"
                        + " never finished. Resume, finish or discard it on the Practice page.");
    }

    @Test
    void severalUnfinishedSessionsAreCounted() {
        assertThat(PickUp.describe(List.of(session("s1", "A", MORNING, SessionState.PAUSED),
                session("s2", "B", MORNING.plusSeconds(60), SessionState.RUNNING)), Optional.empty(), ZoneOffset.UTC))
                .hasValue("2 sessions were never finished. Resume, finish or discard them on the Practice page.");
    }

    @Test
    void aLoopsOwnRoundIsToldAsTheLoopNotTwice() {
        Optional<String> text = PickUp.describe(List.of(session("round-2", "Tell me about a conflict", MORNING,
                SessionState.RUNNING)), Optional.of(loop(1, Optional.of("round-2"))), ZoneOffset.UTC);

        assertThat(text).hasValue("Your mock loop is waiting at round 2 of 4 (Behavioral). Resume, finish or discard it on"
                + " the Practice page.");
    }

    @Test
    void aLoopBetweenRoundsAndAnotherSessionAreBothTold() {
        Optional<String> text = PickUp.describe(List.of(session("s9", "Rate limiter", MORNING, SessionState.RUNNING)),
                Optional.of(loop(3, Optional.empty())), ZoneOffset.UTC);

        assertThat(text).hasValueSatisfying(t -> assertThat(t).startsWith("Your mock loop is waiting at round 4 of 4 (")
                .contains("\u201cRate limiter\u201d, started 3 Dec, 09:15, was never finished.").endsWith("discard them on the"
                        + " Practice page."));
    }
}
