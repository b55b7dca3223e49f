package app.rehearse.bank;

import app.rehearse.storage.UserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds bank files: the shipped bank on the classpath, and packs in a folder on disk. */
public final class BankSources {
    /** Classpath folder holding the shipped bank; the same name as the folder in the source tree. */
    public static final String SHIPPED_ROOT = "question-bank";
    /** The folder, next to a pack, that holds the reference diagrams its questions point at. */
    public static final String DIAGRAMS = "diagrams";
    /** Reference sheets (numbers, glossary) sit beside the packs in this folder; they are not packs. */
    static final String REFERENCE = "reference";
    private static final String MARKER = "/" + SHIPPED_ROOT + "/checklists/core.json";

    private BankSources() {}

    /** The bank that ships inside the app, read eagerly so a jar file system need not stay open. */
    public static List<BankFile> shipped() {
        URL marker = BankSources.class.getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the shipped question bank is missing from the classpath (" + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readAll(jar.getPath("/" + SHIPPED_ROOT));
                }
            }
            return readAll(Path.of(uri).getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped question bank", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BankFile> readAll(Path root) throws IOException {
        Map<String, byte[]> attachments = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> isJson(p) && isAttachment(root, p)).toList()) {
                attachments.put(relativeName(root, file), Files.readAllBytes(file));
            }
        }
        List<BankFile> files = new ArrayList<>();
        for (Path file : jsonFiles(root)) {
            byte[] bytes = Files.readAllBytes(file);
            String folder = relativeName(root, file.getParent());
            BankFile.Attachments beside = (relative, cap) -> {
                byte[] found = attachments.get(folder.isEmpty() ? relative : folder + "/" + relative);
                if (found == null) {
                    throw new NoSuchFileException(SHIPPED_ROOT + "/" + folder + "/" + relative);
                }
                if (found.length > cap) {
                    throw new UserFiles.TooLargeException(Path.of(relative), cap);
                }
                return found;
            };
            files.add(new BankFile(SHIPPED_ROOT + "/" + relativeName(root, file), BankFile.Origin.SHIPPED, () -> bytes,
                    beside));
        }
        return files;
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The JSON files directly inside a folder (custom packs), or none when it does not exist. Each is
     * read only if it is a regular file, and never past the pack size cap: a pipe or a huge file named
     * {@code *.json} becomes a clear problem for that file, not a hang or an out-of-memory.
     */
    public static List<BankFile> folder(Path dir, BankFile.Origin origin) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(BankSources::isJson).sorted().map(p -> file(p, origin)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    /** One pack file on disk, read within the pack size cap, with the files beside it it may name. */
    public static BankFile file(Path file, BankFile.Origin origin) {
        return file(file, origin, () -> UserFiles.read(file, PackReader.MAX_FILE_BYTES));
    }

    /** A pack that will be at {@code file} (being checked before it is written), with the files beside it. */
    public static BankFile file(Path file, BankFile.Origin origin, BankFile.Contents contents) {
        return new BankFile(file.toString(), origin, contents, beside(file.toAbsolutePath().getParent()));
    }

    /**
     * Files inside {@code folder}, read on demand and within their cap. The relative name was checked
     * by {@link QuestionRules#isDiagramPath}; resolving it again and comparing keeps a pack inside its folder
     * whatever it names. Shipped files are read now, while a jar's file system is open.
     */
    private static BankFile.Attachments beside(Path folder) {
        return (relative, cap) -> {
            Path target = folder.resolve(relative).normalize();
            if (!QuestionRules.isDiagramPath(relative) || !target.startsWith(folder.normalize())) {
                throw new IOException(relative + " is not a file beside the pack");
            }
            return UserFiles.read(target, cap);
        };
    }

    /**
     * Every pack file below a path (the path itself when it is a file), in a stable order. Files in
     * a {@value #DIAGRAMS} folder are reference diagrams that packs point at, not packs.
     */
    public static List<Path> jsonFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p)).filter(BankSources::isJson).filter(p -> !isAttachment(root, p))
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
    }

    private static boolean isAttachment(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().equals(DIAGRAMS) || part.toString().equals(REFERENCE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(Path p) {
        return p.getFileName().toString().endsWith(".json");
    }
}
