package app.rehearse.practice;

/** A hint the user revealed, and when (active session time) and in which phase. */
public record HintUse(int index, String text, long atMs, String phaseId) {}
