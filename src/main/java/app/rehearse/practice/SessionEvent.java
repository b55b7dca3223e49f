package app.rehearse.practice;

/** Something the view should draw attention to (a cue), reported by the session as it happens. */
public sealed interface SessionEvent {
    record PhaseStarted(int index, String name) implements SessionEvent {}

    record PhaseTimeUp(int index, String name) implements SessionEvent {}

    record FollowUpAsked(FollowUpShown followUp) implements SessionEvent {}
}
