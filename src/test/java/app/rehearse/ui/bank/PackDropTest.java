package app.rehearse.ui.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackDropTest {
    @TempDir
    Path dir;

    @Test
    void theFirstDroppedJsonFileIsThePackToImport() throws Exception {
        File notes = Files.writeString(dir.resolve("notes.txt"), "x").toFile();
        File pack = Files.writeString(dir.resolve("Friends.JSON"), "{}").toFile();
        File other = Files.writeString(dir.resolve("other.json"), "{}").toFile();

        assertThat(PackDrop.packFile(List.of(notes, pack, other))).contains(pack.toPath());
    }

    @Test
    void foldersAndOtherFilesAreNotPacks() throws Exception {
        File folder = Files.createDirectory(dir.resolve("looks-like.json")).toFile();
        File text = Files.writeString(dir.resolve("notes.txt"), "x").toFile();

        assertThat(PackDrop.packFile(List.of(folder, text))).isEmpty();
        assertThat(PackDrop.packFile(null)).isEmpty();
    }
}
