package app.rehearse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsARegularFileUpToItsCap() throws Exception {
        Path file = Files.write(dir.resolve("a.json"), new byte[100]);

        assertThat(UserFiles.read(file, 100)).hasSize(100);
        assertThatThrownBy(() -> UserFiles.read(file, 99)).isInstanceOf(UserFiles.TooLargeException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("larger than 99 bytes");
    }

    @Test
    void refusesAFolderAndSaysWhatItIs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("notes.md"));

        assertThatThrownBy(() -> UserFiles.read(folder, 10)).hasMessageContaining("not a regular file (a folder)");
    }

    @Test
    void aMissingFileIsStillNoSuchFile() {
        assertThatThrownBy(() -> UserFiles.read(dir.resolve("nope"), 10)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void refusesAPipeInsteadOfBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("p.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS)
                && Files.exists(fifo), "mkfifo is available");

        assertThatThrownBy(() -> UserFiles.read(fifo, 10)).hasMessageContaining("not a regular file");
    }
}
