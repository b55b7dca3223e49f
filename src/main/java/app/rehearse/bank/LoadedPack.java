package app.rehearse.bank;

import app.rehearse.whiteboard.SavedBoard;
import java.util.Map;

/**
 * A pack that loaded, where it came from, and the reference diagrams its questions name, read
 * and checked with it (by question id).
 */
public record LoadedPack(QuestionPack pack, String source, BankFile.Origin origin, Map<String, SavedBoard> diagrams) {

    public LoadedPack {
        diagrams = Map.copyOf(diagrams);
    }

    /** A pack whose questions name no reference diagrams. */
    public LoadedPack(QuestionPack pack, String source, BankFile.Origin origin) {
        this(pack, source, origin, Map.of());
    }
}
