package app.rehearse.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Draws a prompt at random without repeats: a question comes back only after every question
 * matching the same filter has been drawn. When a round ends, the question drawn last is kept
 * out of the first draw of the next round so the same prompt never appears twice in a row.
 */
public final class PromptDrawer {
    private final DrawMemory memory;
    private final Random random;
    private String last;

    public PromptDrawer(DrawMemory memory, Random random) {
        this.memory = memory;
        this.random = random;
    }

    public Optional<Question> draw(List<Question> questions, DrawFilter filter) {
        Set<String> drawn = memory.drawn();
        List<Question> matching = new ArrayList<>();
        List<Question> fresh = new ArrayList<>();
        for (Question q : questions) {
            if (filter.matches(q)) {
                matching.add(q);
                if (!drawn.contains(q.id())) {
                    fresh.add(q);
                }
            }
        }
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        if (fresh.isEmpty()) {
            memory.forget(matching.stream().map(Question::id).toList());
            fresh = matching;
            if (fresh.size() > 1 && last != null) {
                fresh = new ArrayList<>(fresh);
                fresh.removeIf(q -> q.id().equals(last));
            }
        }
        Question chosen = fresh.get(random.nextInt(fresh.size()));
        memory.remember(chosen.id());
        last = chosen.id();
        return Optional.of(chosen);
    }
}
