package app.rehearse.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds bank files: the shipped bank on the classpath, and packs in a folder on disk. */
public final class BankSources {
    /** Classpath folder holding the shipped bank; the same name as the folder in the source tree. */
    public static final String SHIPPED_ROOT = "question-bank";
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
        List<BankFile> files = new ArrayList<>();
        for (Path file : jsonFiles(root)) {
            byte[] bytes = Files.readAllBytes(file);
            String name = SHIPPED_ROOT + "/" + root.relativize(file).toString().replace('\\', '/');
            files.add(new BankFile(name, BankFile.Origin.SHIPPED, () -> bytes));
        }
        return files;
    }

    /** The JSON files directly inside a folder (custom packs), or none when it does not exist. */
    public static List<BankFile> folder(Path dir, BankFile.Origin origin) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(BankSources::isJson).sorted()
                    .map(p -> new BankFile(p.toString(), origin, () -> Files.readAllBytes(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    /** Every JSON file below a path (the path itself when it is a file), in a stable order. */
    public static List<Path> jsonFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(BankSources::isJson)
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
    }

    private static boolean isJson(Path p) {
        return p.getFileName().toString().endsWith(".json");
    }
}
