package app.rehearse.bank;

/** A rule a question breaks, at a JSON pointer relative to the question ({@code /hints/2}). */
public record Violation(String pointer, String message) {}
