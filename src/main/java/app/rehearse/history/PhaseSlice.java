package app.rehearse.history;

import app.rehearse.practice.FollowUpShown;
import app.rehearse.practice.HintUse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One phase of a past session for the review timeline: planned against actual time, and what
 * happened in it.
 *
 * @param reached false for planned phases the session never got to (actual time 0)
 * @param notes the part of the notes written during the phase, as offsets into the notes
 *        (text typed at the end while the phase ran; edits further up are not tracked)
 */
public record PhaseSlice(String phaseId, String name, long plannedMs, long actualMs, boolean reached, Span notes,
        List<HintUse> hints, List<FollowUpShown> followUps) {
    /** What starts a Markdown heading, list item, task or quote line. */
    private static final Pattern LINE_MARK = Pattern.compile("^\\s*(#{1,6}\\s+|[-*+]\\s+(\\[[ xX]]\\s+)?|\\d+[.)]\\s+|>\\s*)");

    public PhaseSlice {
        hints = List.copyOf(hints);
        followUps = List.copyOf(followUps);
    }

    public long overrunMs() {
        return Math.max(0, actualMs - plannedMs);
    }

    /**
     * The phase's part of {@code notes} on one line for the timeline: its lines without their Markdown marks
     * ("## ", "- ", "1. ", "> "), blank ones dropped, joined by " · ", cut to {@code maxChars} with "…".
     */
    public String excerptIn(String text, int maxChars) {
        String line = notesIn(text).lines().map(l -> LINE_MARK.matcher(l).replaceFirst("").strip())
                .filter(l -> !l.isEmpty()).map(l -> l.replaceAll("\\s+", " ")).collect(Collectors.joining(" · "));
        return OneLine.cut(line, maxChars);
    }

    /** The phase's part of {@code notes} (the same notes the offsets were taken from). */
    public String notesIn(String text) {
        int end = Math.min(notes.end(), text.length());
        return text.substring(Math.min(notes.start(), end), end);
    }
}
