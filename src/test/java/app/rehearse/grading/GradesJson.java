package app.rehearse.grading;

import app.rehearse.json.JsonValue.JsonObject;
import app.rehearse.json.StoredJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reads grades the way a session record holds them: as the {@code grades} field of {@code session.json}. */
public final class GradesJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GradesJson() {}

    public static GradeHistory read(JsonNode grades) throws IOException {
        ObjectNode record = JSON.createObjectNode();
        if (grades != null) {
            record.set(GradeHistoryJson.FIELD, grades);
        }
        return read(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
    }

    public static GradeHistory read(byte[] sessionRecord) throws IOException {
        StoredJson file = StoredJson.parse(sessionRecord, "session.json");
        return GradeHistoryJson.fromJson(((JsonObject) file.root()).get(GradeHistoryJson.FIELD), file.problems());
    }
}
