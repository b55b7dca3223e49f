package app.rehearse.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A session as found on disk: its folder, its state, its notes, and the record's other fields
 * (such as {@code grades}) that other features own. {@code notesComplete} is false when the notes
 * file was too large to read whole: {@code notes} is then its beginning, and the session must not be
 * edited (saving would cut the file).
 */
public record StoredSession(Path folder, SessionSnapshot snapshot, String notes, boolean notesComplete,
        ObjectNode extras) {

    public Optional<JsonNode> extra(String field) {
        return Optional.ofNullable(extras.get(field));
    }
}
