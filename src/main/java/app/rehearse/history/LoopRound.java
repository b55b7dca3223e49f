package app.rehearse.history;

import app.rehearse.json.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Which mock loop a session was a round of, kept in the session's record as
 * {@code "loop": {"id": "loop-…", "round": 0, "rounds": 4}}, so a loop's report can be rebuilt from the
 * session files alone.
 *
 * @param round the round, from 0
 */
public record LoopRound(String loopId, int round, int rounds) {
    /** The field of {@code session.json} that holds it. */
    public static final String SESSION_FIELD = "loop";

    public LoopRound {
        if (loopId.isBlank() || round < 0 || round >= rounds) {
            throw new IllegalArgumentException("no round " + round + " of " + rounds + " in loop \"" + loopId + "\"");
        }
    }

    /** The value of {@link #SESSION_FIELD}. */
    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("id", loopId).put("round", round).put("rounds", rounds);
    }

    /** The mark in a session's record, or nothing when the field is absent or not one (it never hides the session). */
    static Optional<LoopRound> fromSessionField(JsonValue value) {
        if (!(value instanceof JsonValue.JsonObject object)) {
            return Optional.empty();
        }
        Optional<String> id = object.get("id").filter(JsonValue.JsonString.class::isInstance)
                .map(v -> ((JsonValue.JsonString) v).value());
        Optional<Integer> round = integer(object, "round");
        Optional<Integer> rounds = integer(object, "rounds");
        if (id.isEmpty() || round.isEmpty() || rounds.isEmpty() || id.get().isBlank() || round.get() < 0
                || round.get() >= rounds.get()) {
            return Optional.empty();
        }
        return Optional.of(new LoopRound(id.get(), round.get(), rounds.get()));
    }

    private static Optional<Integer> integer(JsonValue.JsonObject object, String name) {
        return object.get(name).filter(v -> v instanceof JsonValue.JsonNumber n && n.isInteger())
                .map(v -> ((JsonValue.JsonNumber) v).value().intValueExact());
    }

    /** The history index's compact form, {@code id round rounds}. */
    String encode() {
        return round + " " + rounds + " " + loopId;
    }

    static LoopRound decode(String text) {
        String[] parts = text.split(" ", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("loop round");
        }
        return new LoopRound(parts[2], Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
