package app.rehearse.practice;

import app.rehearse.bank.FollowUp;

/** An interviewer follow-up that was put to the user: at a phase boundary, or as a curveball mid-phase. */
public record FollowUpShown(int index, String text, FollowUp.Kind kind, Trigger trigger, long atMs, String phaseId) {
    public enum Trigger {
        PHASE_BOUNDARY, CURVEBALL;

        public String id() {
            return this == PHASE_BOUNDARY ? "phase-boundary" : "curveball";
        }
    }
}
