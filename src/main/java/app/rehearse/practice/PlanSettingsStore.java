package app.rehearse.practice;

import static java.util.logging.Level.WARNING;

import app.rehearse.bank.Level;
import app.rehearse.bank.PhaseSpec;
import app.rehearse.bank.QuestionRules;
import app.rehearse.bank.QuestionType;
import app.rehearse.json.Jackson;
import app.rehearse.json.JsonValue;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Fields TOP = Fields.open("version", "autoAdvance", "sound", "plans", "interviewDate",
            "practiceDaysPerWeek", "theme", "textSize", "darkPictures", "gradeLevel");
    private static final Fields PLANS = Fields.open(Arrays.stream(QuestionType.values()).map(QuestionType::id)
            .toArray(String[]::new));
    private static final Fields PHASE = Fields.open("id", "name", "minutes");

    private final Path file;
    private volatile String leftAlone;

    public PlanSettingsStore(Path file) {
        this.file = file;
    }

    public PlanSettings load() {
        try {
            PlanSettings loaded = parse(UserFiles.read(file, MAX_FILE_BYTES), file.toString());
            leftAlone = null;
            return loaded;
        } catch (NoSuchFileException e) {
            leftAlone = null;
            return PlanSettings.standard();
        } catch (IOException e) {
            LOG.log(WARNING, "could not read " + file + "; using the standard session plans", e);
            leftAlone = "The session plans file could not be used, so it was left as it is and these settings were not"
                    + " saved. Move or fix the file to save settings again. " + e.getMessage();
            return PlanSettings.standard();
        }
    }

    /** Writes the settings, unless the file on disk could not be read: that one is kept, and this throws. */
    public void save(PlanSettings settings) throws IOException {
        if (leftAlone != null) {
            throw new IOException(leftAlone);
        }
        ObjectNode root = Jackson.MAPPER.createObjectNode().put("version", VERSION)
                .put("autoAdvance", settings.autoAdvance()).put("sound", settings.sound())
                .put("practiceDaysPerWeek", settings.goal().daysPerWeek());
        settings.goal().interview().ifPresent(date -> root.put("interviewDate", date.toString()));
        Appearance look = settings.appearance();
        root.put("theme", look.theme().id()).put("textSize", look.textSize().id()).put("darkPictures", look.darkPictures());
        settings.gradeLevel().ifPresent(level -> root.put("gradeLevel", level.id()));
        ObjectNode plans = root.putObject("plans");
        for (QuestionType type : QuestionType.values()) {
            ArrayNode phases = plans.putArray(type.id());
            settings.defaultFor(type).phases().forEach(p ->
                    phases.addObject().put("id", p.id()).put("name", p.name()).put("minutes", p.minutes()));
        }
        AtomicFiles.write(file, SessionCodec.toBytes(root));
    }

    static PlanSettings parse(byte[] utf8, String source) throws UnreadableJsonException {
        StoredJson file = StoredJson.parse(utf8, source);
        ObjectReader root = new ObjectReader(file.root(), "", file.problems(), TOP);
        StoredJson.version(root, VERSION);
        Boolean autoAdvance = root.bool("autoAdvance", false);
        Boolean sound = root.bool("sound", false);
        String interview = root.string("interviewDate", false);
        Integer days = root.integer("practiceDaysPerWeek", false);
        Appearance look = appearance(root);
        String level = root.string("gradeLevel", false);
        Optional<Level> gradeLevel = level == null ? Optional.empty()
                : Level.fromId(level);
        if (level != null && gradeLevel.isEmpty()) {
            root.problem("gradeLevel", "a level is mid, senior, staff or principal (found \"" + level + "\")");
        }
        Optional<LocalDate> interviewDate = Optional.empty();
        if (interview != null) {
            try {
                interviewDate = Optional.of(LocalDate.parse(interview));
            } catch (DateTimeParseException e) {
                root.problem("interviewDate", "an interview date is written like 2027-01-14 (found \"" + interview + "\")");
            }
        }
        if (days != null && (days < 1 || days > 7)) {
            root.problem("practiceDaysPerWeek", "practice days are 1 to 7 a week (found " + days + ")");
        }
        Map<QuestionType, PhasePlan> plans = new EnumMap<>(QuestionType.class);
        ObjectReader planReader = root.objectReader("plans", false, PLANS);
        for (QuestionType type : QuestionType.values()) {
            List<JsonValue> phases = planReader == null ? null : planReader.array(type.id(), false);
            if (phases == null || phases.isEmpty()) {
                continue;
            }
            List<PhaseSpec> specs = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                ObjectReader p = planReader.item(type.id(), i, phases.get(i), PHASE);
                String id = p.string("id", true);
                String name = p.string("name", true);
                Integer minutes = p.integer("minutes", true);
                if (id != null && !QuestionRules.isKebabCase(id)) {
                    p.problem("id", "a phase id is lower-case words joined by hyphens (found \"" + id + "\")");
                }
                if (name != null && name.isBlank()) {
                    p.problem("name", "a phase needs a name");
                }
                if (minutes != null && (minutes < 1 || minutes > QuestionRules.MAX_MINUTES)) {
                    p.problem("minutes", "a phase lasts 1 to " + QuestionRules.MAX_MINUTES + " minutes (found " + minutes
                            + ")");
                }
                specs.add(new PhaseSpec(id, name, minutes == null ? 1 : minutes));
            }
            plans.put(type, new PhasePlan(specs));
        }
        StoredJson.check(file.problems());
        return new PlanSettings(plans, Boolean.TRUE.equals(autoAdvance), Boolean.TRUE.equals(sound), new StudyGoal(
                interviewDate, days == null || days < 1 || days > 7 ? StudyGoal.DEFAULT_DAYS_PER_WEEK : days), look,
                gradeLevel);
    }

    private static Appearance appearance(ObjectReader root) {
        Appearance look = Appearance.DEFAULT;
        String theme = root.string("theme", false);
        if (theme != null) {
            Optional<Appearance.Theme> known = Appearance.Theme.fromId(theme);
            known.ifPresentOrElse(t -> { }, () -> root.problem("theme", "a theme is light, dark or system (found \""
                    + theme + "\")"));
            look = look.withTheme(known.orElse(Appearance.Theme.SYSTEM));
        }
        String size = root.string("textSize", false);
        if (size != null) {
            Optional<Appearance.TextSize> known = Appearance.TextSize.fromId(size);
            known.ifPresentOrElse(t -> { }, () -> root.problem("textSize", "a text size is system, 100, 125 or 150"
                    + " (found \"" + size + "\")"));
            look = look.withTextSize(known.orElse(Appearance.TextSize.SYSTEM));
        }
        return look.withDarkPictures(Boolean.TRUE.equals(root.bool("darkPictures", false)));
    }
}
