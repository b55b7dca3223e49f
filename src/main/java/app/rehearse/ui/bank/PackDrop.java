package app.rehearse.ui.bank;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which dropped file, if any, is a pack to import: the first regular {@code .json} file. */
final class PackDrop {
    private PackDrop() {}

    static Optional<Path> packFile(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json"))
                .filter(File::isFile)
                .map(File::toPath)
                .findFirst();
    }
}
