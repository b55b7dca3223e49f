package app.rehearse.history;

import app.rehearse.practice.DamagedSessionException;
import app.rehearse.practice.SessionRepository;
import app.rehearse.practice.StoredSession;
import app.rehearse.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Exports sessions as {@code <id>.md} into a folder the user picked, each with its whiteboard
 * picture copied beside it as {@code <id>.png} and linked relatively, so the folder reads well in
 * any Markdown tool. Files are written atomically; an existing export of the same session is replaced.
 */
public final class MarkdownExport {
    /** The picture another feature writes into a session folder; optional. */
    public static final String WHITEBOARD_PNG = SessionReview.WHITEBOARD_PNG;

    private final SessionRepository repository;
    private final SessionMarkdown markdown;

    public MarkdownExport(SessionRepository repository, ZoneId zone) {
        this(repository, zone, Function.identity());
    }

    /** @param dimensionTitle names a checklist dimension id in the scorecard table (e.g. from the bank's checklists) */
    public MarkdownExport(SessionRepository repository, ZoneId zone, Function<String, String> dimensionTitle) {
        this.repository = repository;
        this.markdown = new SessionMarkdown(zone, dimensionTitle);
    }

    /** Exports sessions already loaded (for instance the one under review). */
    public ExportResult exportSessions(List<StoredSession> sessions, Path targetDir) throws IOException {
        Files.createDirectories(targetDir);
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (StoredSession stored : sessions) {
            written.addAll(write(stored, unique(SafeFileName.of(stored.folder().getFileName().toString()), used), targetDir,
                    Optional.empty()));
        }
        return new ExportResult(written, List.of());
    }

    /** Exports the sessions with these ids (folder names); unreadable ones are reported in the result, not thrown. */
    public ExportResult export(List<String> ids, Path targetDir) throws IOException {
        return export(ids, targetDir, Map.of());
    }

    /**
     * Exports as {@link #export(List, Path)} does, with each session's reference answer (outline,
     * signals, pitfalls and diagram) after it when {@code references} has one for its question.
     */
    public ExportResult export(List<String> ids, Path targetDir, Map<String, ReferenceDoc> references)
            throws IOException {
        Files.createDirectories(targetDir);
        List<Path> written = new ArrayList<>();
        List<ExportResult.Failure> failed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String id : ids) {
            StoredSession stored;
            try {
                stored = repository.load(id);
            } catch (NoSuchFileException e) {
                failed.add(new ExportResult.Failure(id, e.getFile() + " is missing"));
                continue;
            } catch (DamagedSessionException | IOException e) {
                failed.add(new ExportResult.Failure(id, String.valueOf(e.getMessage())));
                continue;
            }
            String base = unique(SafeFileName.of(id), used);
            written.addAll(write(stored, base, targetDir,
                    Optional.ofNullable(references.get(stored.snapshot().question().id()))));
        }
        return new ExportResult(written, failed);
    }

    /** The Markdown for one session, as {@link #export} writes it, linking the picture when one is named. */
    public String markdown(StoredSession stored, Optional<String> imageFile) {
        return markdown.render(stored, imageFile);
    }

    private List<Path> write(StoredSession stored, String base, Path targetDir, Optional<ReferenceDoc> reference)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Path picture = stored.folder().resolve(WHITEBOARD_PNG);
        Optional<String> imageFile = Optional.empty();
        if (Files.isRegularFile(picture)) {
            Path copy = targetDir.resolve(base + ".png");
            AtomicFiles.write(copy, Files.readAllBytes(picture));
            written.add(copy);
            imageFile = Optional.of(copy.getFileName().toString());
        }
        String text = markdown.render(stored, imageFile);
        if (reference.isPresent()) {
            Optional<String> diagramFile = Optional.empty();
            if (reference.get().diagramPng().isPresent()) {
                Path copy = targetDir.resolve(base + "-reference.png");
                AtomicFiles.write(copy, reference.get().diagramPng().get().get());
                written.add(copy);
                diagramFile = Optional.of(copy.getFileName().toString());
            }
            text = text + SessionMarkdown.reference(reference.get().reference(), diagramFile);
        }
        Path document = targetDir.resolve(base + ".md");
        AtomicFiles.write(document, text);
        written.add(0, document);
        return written;
    }

    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
