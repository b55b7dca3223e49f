package app.rehearse.practice;

import java.nio.file.Path;

/** A session as found on disk: its folder, its state, and its notes. */
public record StoredSession(Path folder, SessionSnapshot snapshot, String notes) {}
