package app.rehearse.practice;

import java.nio.file.Path;

/** A session folder that could not be read, and why; it is reported and left untouched. */
public record DamagedSession(Path folder, String reason) {}
