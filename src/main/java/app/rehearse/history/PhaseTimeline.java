package app.rehearse.history;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionSnapshot;
import app.rehearse.stories.StarNotes;
import java.util.ArrayList;
import java.util.List;

/** Turns a session's recorded timeline into review rows: every planned phase, reached or not. */
public final class PhaseTimeline {
    private PhaseTimeline() {}

    /**
     * Each phase's notes are those typed while it ran, found from where the notes ended when it began. STAR
     * notes are written into their headings in any order, so no part of them belongs to one phase.
     */
    public static List<PhaseSlice> of(SessionSnapshot s, String notes) {
        List<PhaseSlice> slices = new ArrayList<>();
        List<PhaseRecord> timeline = s.timeline();
        int length = notes.length();
        boolean star = StarNotes.isScaffold(notes);
        for (int i = 0; i < timeline.size(); i++) {
            PhaseRecord r = timeline.get(i);
            int start = star ? length : clamp(r.notesOffset(), length);
            int end = star || i + 1 >= timeline.size() ? length : clamp(timeline.get(i + 1).notesOffset(), length);
            String id = r.phaseId();
            slices.add(new PhaseSlice(id, r.name(), r.plannedMinutes() * 60_000L, Math.max(0, r.actualMs(s.elapsedMs())),
                    true, new Span(start, Math.max(start, end)),
                    s.hintsUsed().stream().filter(h -> h.phaseId().equals(id)).toList(),
                    s.followUpsShown().stream().filter(f -> f.phaseId().equals(id)).toList()));
        }
        List<PhaseSpec> planned = s.plan().phases();
        for (int i = timeline.size(); i < planned.size(); i++) {
            PhaseSpec p = planned.get(i);
            slices.add(new PhaseSlice(p.id(), p.name(), p.minutes() * 60_000L, 0, false, new Span(length, length),
                    List.of(), List.of()));
        }
        return List.copyOf(slices);
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }

    /**
     * The phases an attempt skipped or left empty, in words for the scorecard ("Deep dive (not
     * reached), Wrap-up (no notes)"); empty when every phase was reached and written in. For STAR notes
     * the empty parts are named instead of empty phases ("Result (empty)").
     */
    public static String gaps(SessionSnapshot s, String notes) {
        List<String> gaps = new ArrayList<>();
        boolean star = StarNotes.isScaffold(notes);
        for (PhaseSlice phase : of(s, notes)) {
            if (!phase.reached()) {
                gaps.add(phase.name() + " (not reached)");
            } else if (!star && phase.notesIn(notes).isBlank()) {
                gaps.add(phase.name() + " (no notes)");
            }
        }
        if (star) {
            StarNotes.emptySections(notes).forEach(part -> gaps.add(part.heading() + " (empty)"));
        }
        return String.join(", ", gaps);
    }
}
