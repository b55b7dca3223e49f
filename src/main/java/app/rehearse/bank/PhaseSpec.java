package app.rehearse.bank;

/** One planned phase of a session: an id, a name shown to the user, and its minutes. */
public record PhaseSpec(String id, String name, int minutes) {}
