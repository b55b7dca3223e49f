package app.rehearse.practice;

import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes the user's session settings ({@code settings.json}). A damaged file, or one from a
 * newer Rehearse, falls back to the defaults for this run and is never overwritten: saving then fails
 * with a message that says why, so the user's file survives.
 */
public final class PlanSettingsStore {
    static final int VERSION = 1;
    private static final Logger LOG = Logger.getLogger(PlanSettingsStore.class.getName());

    /** Far more than any settings file needs. */
    static final long MAX_FILE_BYTES = 1L << 20;

    private final Path file;
    private volatile String leftAlone;

    public PlanSettingsStore(Path file) {
        this.file = file;
    }

    public PlanSettings load() {
        try {
            PlanSettings loaded = parse(SessionCodec.JSON.readTree(UserFiles.read(file, MAX_FILE_BYTES)));
            leftAlone = null;
            return loaded;
        } catch (NoSuchFileException e) {
            leftAlone = null;
            return PlanSettings.standard();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "could not read " + file + "; using the standard session plans", e);
            leftAlone = file + " could not be used (" + e.getMessage() + "), so it was left as it is and these settings"
                    + " were not saved. Move or fix the file to save settings again.";
            return PlanSettings.standard();
        }
    }

    /** Writes the settings, unless the file on disk could not be read: that one is kept, and this throws. */
    public void save(PlanSettings settings) throws IOException {
        if (leftAlone != null) {
            throw new IOException(leftAlone);
        }
        ObjectNode root = SessionCodec.JSON.createObjectNode().put("version", VERSION)
                .put("autoAdvance", settings.autoAdvance()).put("sound", settings.sound());
        ObjectNode plans = root.putObject("plans");
        for (QuestionType type : QuestionType.values()) {
            ArrayNode phases = plans.putArray(type.id());
            settings.defaultFor(type).phases().forEach(p ->
                    phases.addObject().put("id", p.id()).put("name", p.name()).put("minutes", p.minutes()));
        }
        AtomicFiles.write(file, SessionCodec.toBytes(root));
    }

    static PlanSettings parse(JsonNode root) {
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("unsupported settings version " + version);
        }
        Map<QuestionType, PhasePlan> plans = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            JsonNode phases = root.path("plans").path(type.id());
            if (!phases.isArray() || phases.isEmpty()) {
                continue;
            }
            List<PhaseSpec> specs = new ArrayList<>();
            for (JsonNode p : phases) {
                String id = p.path("id").asText("");
                String name = p.path("name").asText("");
                int minutes = p.path("minutes").asInt(0);
                if (!QuestionRules.isKebabCase(id) || name.isBlank() || minutes < 1
                        || minutes > QuestionRules.MAX_MINUTES) {
                    throw new IllegalArgumentException("invalid phase in the " + type.id() + " plan: " + p);
                }
                specs.add(new PhaseSpec(id, name, minutes));
            }
            plans.put(type, new PhasePlan(specs));
        }
        return new PlanSettings(plans, root.path("autoAdvance").asBoolean(false), root.path("sound").asBoolean(false));
    }
}
