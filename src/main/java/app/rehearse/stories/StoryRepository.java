package app.rehearse.stories;

import app.rehearse.bank.QuestionRules;
import app.rehearse.storage.AtomicFiles;
import app.rehearse.storage.Backups;
import app.rehearse.storage.UserFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The story bank on disk: one {@code <id>.json} a story in the stories folder, each replaced
 * atomically. A file that cannot be read is reported with the reason and left as it is; deleting a
 * story keeps a copy in the backups first.
 */
public final class StoryRepository {
    /** Far more than any story needs: four long Markdown sections and a few lists. */
    static final long MAX_FILE_BYTES = 1L << 20;
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final Backups backups;

    public StoryRepository(Path folder, Backups backups) {
        this.folder = folder;
        this.backups = backups;
    }

    /** Every story, by title, and every file in the folder that could not be read. */
    public record Loaded(List<Story> stories, List<Unreadable> unreadable) {
        public Loaded {
            stories = List.copyOf(stories);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** A story file left alone because it is damaged or from a newer Rehearse, with the reason. */
    public record Unreadable(Path file, String reason) {}

    public Loaded loadAll() throws IOException {
        List<Story> stories = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(stories, unreadable);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !AtomicFiles.isLeftoverTemp(f)).sorted().toList()) {
                try {
                    stories.add(read(file));
                } catch (IOException e) {
                    unreadable.add(new Unreadable(file, e.getMessage()));
                }
            }
        }
        stories.sort(Story.BY_TITLE);
        return new Loaded(stories, unreadable);
    }

    public Story load(String id) throws IOException {
        return read(file(id));
    }

    public void save(Story story) throws IOException {
        AtomicFiles.write(file(story.id()), StoryCodec.write(story));
    }

    /** Deletes a story after keeping a copy of it in the backups; a missing story is already gone. */
    public void delete(String id) throws IOException {
        Path file = file(id);
        try {
            backups.keep(file);
        } catch (NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(file);
    }

    private Story read(Path file) throws IOException {
        Story story = StoryCodec.read(UserFiles.read(file, MAX_FILE_BYTES), file.toString());
        String expected = file.getFileName().toString();
        if (!expected.equals(story.id() + SUFFIX)) {
            throw new IOException(file + ": holds the story \"" + story.id() + "\", which belongs in " + story.id()
                    + SUFFIX + "; rename the file or the id");
        }
        return story;
    }

    private Path file(String id) {
        if (!QuestionRules.isKebabCase(id)) {
            throw new IllegalArgumentException("a story id is lower-case words joined by hyphens, not \"" + id + "\"");
        }
        return folder.resolve(id + SUFFIX);
    }
}
