package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.stories.StarNotes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseTimelineTest {
    @TempDir
    Path home;

    @Test
    void everyPlannedPhaseShowsPlannedAgainstActualTimeAndWhatWasWrittenInIt() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String notes = "scope notes|design notes|wrap-up";
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes(notes).hints(1)
                .phaseMinutes(7, 19, 4).write();
        var stored = f.repository.load(id);

        List<PhaseSlice> phases = PhaseTimeline.of(stored.snapshot(), stored.notes());

        assertThat(phases).extracting(PhaseSlice::name).containsExactly("Scope", "Design", "Wrap-up");
        assertThat(phases).extracting(PhaseSlice::plannedMs).containsExactly(300_000L, 1_200_000L, 300_000L);
        assertThat(phases).extracting(PhaseSlice::actualMs).containsExactly(420_000L, 1_140_000L, 240_000L);
        assertThat(phases).extracting(PhaseSlice::overrunMs).containsExactly(120_000L, 0L, 0L);
        assertThat(phases.get(0).hints()).hasSize(1);
        assertThat(phases.get(1).followUps()).hasSize(1);
        String joined = phases.stream().map(p -> p.notesIn(notes)).reduce("", String::concat);
        assertThat(joined).isEqualTo(notes);
    }

    @Test
    void phasesNeverReachedAreListedEmptyAndTheOpenPhaseRunsToTheEnd() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes("abc").unfinished().write();
        var stored = f.repository.load(id);

        List<PhaseSlice> phases = PhaseTimeline.of(stored.snapshot(), stored.notes());

        assertThat(phases).extracting(PhaseSlice::reached).containsExactly(true, true, false);
        assertThat(phases.get(2).actualMs()).isZero();
        assertThat(phases.get(2).notes()).isEqualTo(new Span(3, 3));
        assertThat(phases.get(1).notes().end()).isEqualTo(3);
    }

    @Test
    void phasesNotReachedOrLeftWithoutNotesAreNamedForTheScorecard() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes("abc").unfinished().write();
        var stored = f.repository.load(id);

        assertThat(PhaseTimeline.gaps(stored.snapshot(), stored.notes())).isEqualTo("Wrap-up (not reached)");
        String silent = f.session(SessionFixture.design("s", "S"), SessionFixture.DAY_ONE.plusSeconds(30)).notes("")
                .write();
        var empty = f.repository.load(silent);
        assertThat(PhaseTimeline.gaps(empty.snapshot(), empty.notes())).isEqualTo("Scope (no notes), Design (no notes),"
                + " Wrap-up (no notes)");

        String all = f.session(SessionFixture.design("r", "R"), SessionFixture.DAY_ONE.plusSeconds(60))
                .notes("scope notes|design notes|wrap-up").phaseMinutes(7, 19, 4).write();
        var done = f.repository.load(all);
        assertThat(PhaseTimeline.gaps(done.snapshot(), done.notes())).isEmpty();
    }

    @Test
    void starNotesNameTheirEmptyPartsInsteadOfPhasesWithoutNotes() throws Exception {
        SessionFixture f = new SessionFixture(home);
        String notes = StarNotes.scaffold().replace("## Situation\n\n", "## Situation\n\nA shop of ten.\n")
                .replace("## Action\n\n", "## Action\n\nI rewrote the importer.\n");
        String id = f.session(SessionFixture.design("q", "Q"), SessionFixture.DAY_ONE).notes(notes).write();
        var stored = f.repository.load(id);

        assertThat(PhaseTimeline.gaps(stored.snapshot(), stored.notes()))
                .isEqualTo("Task (empty), Result (empty), Reflection (empty)");
        assertThat(PhaseTimeline.of(stored.snapshot(), stored.notes())).allSatisfy(p ->
                assertThat(p.notesIn(stored.notes())).isEmpty());
    }

    @Test
    void aPhasesExcerptReadsAsOneLineWithoutMarkdownMarks() {
        String notes = "## Design\n- Token bucket per tenant\n\n  * [x] Sliding   window\n1. Redis > memcached\n> quoted";
        PhaseSlice phase = new PhaseSlice("design", "Design", 0, 0, true, new Span(0, notes.length()), List.of(), List.of());

        assertThat(phase.excerptIn(notes, 140))
                .isEqualTo("Design · Token bucket per tenant · Sliding window · Redis > memcached · quoted");
        assertThat(phase.excerptIn(notes, 20)).isEqualTo("Design · Token buck…").hasSize(20);
        assertThat(new PhaseSlice("s", "S", 0, 0, false, new Span(0, 0), List.of(), List.of()).excerptIn(notes, 140))
                .isEmpty();
    }
}
