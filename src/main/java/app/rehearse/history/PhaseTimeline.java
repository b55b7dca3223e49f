package app.rehearse.history;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.practice.PhaseRecord;
import app.rehearse.practice.SessionSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Turns a session's recorded timeline into review rows: every planned phase, reached or not. */
public final class PhaseTimeline {
    private PhaseTimeline() {}

    public static List<PhaseSlice> of(SessionSnapshot s, String notes) {
        List<PhaseSlice> slices = new ArrayList<>();
        List<PhaseRecord> timeline = s.timeline();
        int length = notes.length();
        for (int i = 0; i < timeline.size(); i++) {
            PhaseRecord r = timeline.get(i);
            int start = clamp(r.notesOffset(), length);
            int end = i + 1 < timeline.size() ? clamp(timeline.get(i + 1).notesOffset(), length) : length;
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
     * reached), Wrap-up (no notes)"); empty when every phase was reached and written in.
     */
    public static String gaps(SessionSnapshot s, String notes) {
        List<String> gaps = new ArrayList<>();
        for (PhaseSlice phase : of(s, notes)) {
            if (!phase.reached()) {
                gaps.add(phase.name() + " (not reached)");
            } else if (phase.notesIn(notes).isBlank()) {
                gaps.add(phase.name() + " (no notes)");
            }
        }
        return String.join(", ", gaps);
    }
}
