package app.rehearse.bank;

/** An incoming question whose id is already taken, and by which pack. */
public record Clash(String questionId, String incomingTitle, String existingTitle, String existingPack, boolean shipped) {}
