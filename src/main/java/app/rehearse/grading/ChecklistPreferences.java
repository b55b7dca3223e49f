package app.rehearse.grading;

import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.PackReader;
import app.rehearse.json.Jackson;
import app.rehearse.json.ObjectReader;
import app.rehearse.json.ObjectReader.Fields;
import app.rehearse.json.StoredJson;
import app.rehearse.json.UnreadableJsonException;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the user wants the checklist shown: dimensions they hid, and new titles for dimensions
 * whose file they do not own (shipped ones; custom dimensions are renamed in their own file).
 * Kept in {@code <data dir>/checklist-settings.json}:
 * {@code {"version": 1, "hidden": [ids], "titles": {id: title}}}. Ids that match no dimension
 * are kept, harmlessly, in case the dimension comes back.
 */
public record ChecklistPreferences(Set<String> hidden, Map<String, String> titles) {
    public static final int VERSION = 1;
    public static final String FILE_NAME = "checklist-settings.json";
    private static final Fields FIELDS = Fields.open("version", "hidden", "titles");

    public ChecklistPreferences {
        hidden = Collections.unmodifiableSet(new TreeSet<>(hidden));
        titles = Collections.unmodifiableMap(new TreeMap<>(titles));
    }

    public static ChecklistPreferences none() {
        return new ChecklistPreferences(Set.of(), Map.of());
    }

    public static Path file(DataLayout layout) {
        return layout.root().resolve(FILE_NAME);
    }

    /** The dimensions to grade with: hidden ones left out, the user's titles applied, order kept. */
    public List<ChecklistDimension> visibleDimensions(List<ChecklistDimension> all) {
        return all.stream().filter(d -> !hidden.contains(d.id())).map(this::applyTitle).toList();
    }

    public ChecklistDimension applyTitle(ChecklistDimension d) {
        String title = titles.get(d.id());
        return title == null ? d : new ChecklistDimension(d.id(), title, d.left(), d.right(), d.description(), d.questions());
    }

    public boolean isHidden(String dimensionId) {
        return hidden.contains(dimensionId);
    }

    public Optional<String> title(String dimensionId) {
        return Optional.ofNullable(titles.get(dimensionId));
    }

    public ChecklistPreferences hiding(String dimensionId) {
        Set<String> more = new TreeSet<>(hidden);
        more.add(dimensionId);
        return new ChecklistPreferences(more, titles);
    }

    public ChecklistPreferences showing(String dimensionId) {
        Set<String> fewer = new TreeSet<>(hidden);
        fewer.remove(dimensionId);
        return new ChecklistPreferences(fewer, titles);
    }

    /** A copy with the dimension's title overridden, or back to its own title when empty. */
    public ChecklistPreferences withTitle(String dimensionId, Optional<String> title) {
        Map<String, String> changed = new TreeMap<>(titles);
        title.ifPresentOrElse(t -> changed.put(dimensionId, t), () -> changed.remove(dimensionId));
        return new ChecklistPreferences(hidden, changed);
    }

    /** Reads the file; a missing file means no preferences. Damaged or newer files are refused with a clear message. */
    public static ChecklistPreferences read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = UserFiles.read(file, PackReader.MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            return none();
        }
        try {
            return parse(bytes, file.toString());
        } catch (UnreadableJsonException e) {
            throw new GradingFormatException(e.getMessage() + (e.newerVersion()
                    ? ". Update Rehearse, or delete the file to reset hidden and renamed dimensions" : ""),
                    e.newerVersion());
        }
    }

    private static ChecklistPreferences parse(byte[] bytes, String source) throws UnreadableJsonException {
        StoredJson file = StoredJson.parse(bytes, source);
        ObjectReader root = new ObjectReader(file.root(), "", file.problems(), FIELDS);
        StoredJson.version(root, VERSION);
        List<String> hidden = root.strings("hidden", false);
        Map<String, String> titles = root.stringsByName("titles", false);
        if (titles != null) {
            titles.forEach((id, title) -> {
                if (title.isBlank()) {
                    root.problem("titles", "the title of \"" + id + "\" must not be empty");
                }
            });
        }
        StoredJson.check(file.problems());
        return new ChecklistPreferences(hidden == null ? Set.of() : new TreeSet<>(hidden),
                titles == null ? Map.of() : titles);
    }

    public byte[] toJson() {
        ObjectNode root = Jackson.MAPPER.createObjectNode().put("version", VERSION);
        hidden.forEach(root.putArray("hidden")::add);
        ObjectNode t = root.putObject("titles");
        titles.forEach(t::put);
        try {
            return Jackson.PRETTY.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, toJson());
    }

}
