package app.rehearse.grading;

import app.rehearse.bank.BankLoader;
import app.rehearse.bank.Checklist;
import app.rehearse.bank.ChecklistDimension;
import app.rehearse.bank.ChecklistReader;
import app.rehearse.bank.PackReader;
import app.rehearse.json.Jackson;
import app.rehearse.json.JsonSyntaxException;
import app.rehearse.json.JsonValue;
import app.rehearse.json.LocatedJsonParser;
import app.rehearse.json.Location;
import app.rehearse.json.ProblemCollector;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.DataLayout;
import app.rehearse.storage.UserFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The dimensions a user added, kept in {@code <data dir>/checklists/custom.json} in exactly the
 * format of the shipped checklists, so {@link BankLoader} loads it like any other. Before a
 * write the new contents are read back with {@link ChecklistReader} and checked against the
 * ids other checklists own: a file the loader would reject is never written. Immutable; the
 * {@code with...} methods return changed copies.
 */
public final class CustomChecklist {
    public static final String FILE_NAME = "custom.json";
    /** The JSON Schema's limits, which the reader itself does not enforce. */
    public static final int MAX_DIMENSIONS = 200;
    public static final int MAX_QUESTIONS = 20;
    private static final Checklist EMPTY = new Checklist("custom", "My trade-offs", "1.0", List.of());

    private final Checklist checklist;
    private final String description;

    private CustomChecklist(Checklist checklist, String description) {
        this.checklist = checklist;
        this.description = description;
    }

    public static CustomChecklist empty() {
        return new CustomChecklist(EMPTY, "Trade-off dimensions added in Rehearse.");
    }

    public static Path file(DataLayout layout) {
        return layout.checklists().resolve(FILE_NAME);
    }

    /** Reads the file; a missing file is an empty checklist, a broken one is refused with every problem. */
    public static CustomChecklist read(Path file) throws IOException, ChecklistEditException {
        byte[] bytes;
        try {
            bytes = UserFiles.read(file, PackReader.MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            return empty();
        }
        ProblemCollector problems = new ProblemCollector(file.toString());
        problems.readFrom(bytes);
        CustomChecklist read = bytes.length > PackReader.MAX_FILE_BYTES ? null : parse(bytes, problems);
        if (read == null && problems.isEmpty()) {
            problems.add(Location.START, "", "the file is larger than "
                    + PackReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        if (read == null || !problems.isEmpty()) {
            List<String> messages = new ArrayList<>();
            messages.add(file + " has problems, so Rehearse will not change it; fix or move it away first:");
            problems.problems().forEach(p -> messages.add(p.format()));
            throw new ChecklistEditException(messages);
        }
        return read;
    }

    public List<ChecklistDimension> dimensions() {
        return checklist.dimensions();
    }

    public boolean contains(String dimensionId) {
        return checklist.dimensions().stream().anyMatch(d -> d.id().equals(dimensionId));
    }

    public CustomChecklist withAdded(ChecklistDimension dimension) {
        List<ChecklistDimension> more = new ArrayList<>(checklist.dimensions());
        more.add(dimension);
        return new CustomChecklist(new Checklist(checklist.id(), checklist.title(), checklist.version(), more), description);
    }

    public CustomChecklist withTitle(String dimensionId, String title) {
        if (!contains(dimensionId)) {
            throw new IllegalArgumentException("no custom dimension \"" + dimensionId + "\"");
        }
        List<ChecklistDimension> changed = checklist.dimensions().stream()
                .map(d -> d.id().equals(dimensionId)
                        ? new ChecklistDimension(d.id(), title, d.left(), d.right(), d.description(), d.questions()) : d)
                .toList();
        return new CustomChecklist(new Checklist(checklist.id(), checklist.title(), checklist.version(), changed),
                description);
    }

    /** The file's contents, formatted like the shipped checklists. */
    public byte[] toJson() {
        ObjectNode root = Jackson.MAPPER.createObjectNode().put("schemaVersion", Checklist.SCHEMA_VERSION);
        ObjectNode info = root.putObject("checklist").put("id", checklist.id()).put("title", checklist.title())
                .put("version", checklist.version());
        if (!description.isEmpty()) {
            info.put("description", description);
        }
        ArrayNode dims = root.putArray("dimensions");
        for (ChecklistDimension d : checklist.dimensions()) {
            ObjectNode o = dims.addObject().put("id", d.id()).put("title", d.title()).put("left", d.left())
                    .put("right", d.right()).put("description", d.description());
            d.questions().forEach(o.putArray("questions")::add);
        }
        try {
            return Jackson.PRETTY.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every reason the loader would reject this checklist, given the dimension ids that other
     * checklist files already own (they load first and win); empty when it would load.
     */
    public List<String> problems(Collection<String> idsOwnedElsewhere) {
        ProblemCollector problems = new ProblemCollector(FILE_NAME);
        byte[] bytes = toJson();
        CustomChecklist read = parse(bytes, problems);
        List<String> messages = new ArrayList<>();
        problems.problems().forEach(p -> messages.add(p.message() + at(p.pointer())));
        if (bytes.length > PackReader.MAX_FILE_BYTES) {
            messages.add("the custom checklist would be larger than " + PackReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        if (checklist.dimensions().size() > MAX_DIMENSIONS) {
            messages.add("a checklist may hold at most " + MAX_DIMENSIONS + " dimensions");
        }
        List<ChecklistDimension> dims = read == null ? List.of() : checklist.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            ChecklistDimension d = dims.get(i);
            if (d.questions().size() > MAX_QUESTIONS) {
                messages.add("a dimension may have at most " + MAX_QUESTIONS + " self-check questions" + at("/dimensions/" + i));
            }
            if (idsOwnedElsewhere.contains(d.id())) {
                messages.add("dimension id \"" + d.id() + "\" is already defined in another checklist"
                        + at("/dimensions/" + i + "/id"));
            }
        }
        return messages;
    }

    /** Writes the file atomically, or refuses with every problem and leaves the old file untouched. */
    public void write(Path file, Collection<String> idsOwnedElsewhere) throws IOException, ChecklistEditException {
        List<String> problems = problems(idsOwnedElsewhere);
        if (!problems.isEmpty()) {
            throw new ChecklistEditException(problems);
        }
        AtomicFiles.write(file, toJson());
    }

    private static CustomChecklist parse(byte[] bytes, ProblemCollector problems) {
        try {
            LocatedJsonParser parser = new LocatedJsonParser();
            JsonValue root = parser.parse(bytes);
            parser.duplicateKeys().forEach(d -> problems.add(d.location(), "", "field \"" + d.name() + "\" appears twice"));
            Checklist checklist = new ChecklistReader().read(root, problems);
            String description = root.at("/checklist/description")
                    .map(d -> d instanceof JsonValue.JsonString s ? s.value() : "").orElse("");
            return checklist == null ? null : new CustomChecklist(checklist, description);
        } catch (JsonSyntaxException e) {
            problems.add(e.location(), "", e.getMessage());
            return null;
        }
    }

    private static String at(String pointer) {
        return pointer == null || pointer.isEmpty() ? "" : " (at " + pointer + ")";
    }
}
