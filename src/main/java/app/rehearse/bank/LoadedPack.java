package app.rehearse.bank;

/** A pack that passed validation, with the file it came from. */
public record LoadedPack(QuestionPack pack, String source, BankFile.Origin origin) {}
