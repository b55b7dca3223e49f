package app.rehearse.practice;

import app.rehearse.json.JsonValue;
import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.ProblemCollector;
import app.rehearse.json.StoredJson;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A session as found on disk: its folder, its state, its notes, and the record it was read from,
 * whose other fields (such as {@code grades}) other features own. {@code notesComplete} is false when
 * the notes file was too large to read whole: {@code notes} is then its beginning, and the session
 * must not be edited (saving would cut the file).
 */
public record StoredSession(Path folder, SessionSnapshot snapshot, String notes, boolean notesComplete,
        StoredJson record) {

    /** A field of the record that is not the session's own, such as {@code grades}. */
    public Optional<JsonValue> extra(String field) {
        if (SessionCodec.OWN_FIELDS.contains(field) || !(record.root() instanceof JsonObject root)) {
            return Optional.empty();
        }
        return root.get(field);
    }

    /** Where problems found reading {@link #extra} go, so they name the record's file, line and column. */
    public ProblemCollector problems() {
        return record.newProblems();
    }
}
