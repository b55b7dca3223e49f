package app.rehearse.bank;

import java.util.Collection;
import java.util.Set;

/** Which questions were drawn in the current round, kept across restarts by the storage layer. */
public interface DrawMemory {
    Set<String> drawn();

    void remember(String questionId);

    /** Starts a new round for these questions: they may be drawn again. */
    void forget(Collection<String> questionIds);

    /** A memory that lives only as long as the object, for tests and tools. */
    static DrawMemory inMemory() {
        return new DrawMemory() {
            private final Set<String> drawn = new java.util.LinkedHashSet<>();

            @Override
            public Set<String> drawn() {
                return java.util.Collections.unmodifiableSet(drawn);
            }

            @Override
            public void remember(String questionId) {
                drawn.add(questionId);
            }

            @Override
            public void forget(Collection<String> questionIds) {
                drawn.removeAll(questionIds);
            }
        };
    }
}
