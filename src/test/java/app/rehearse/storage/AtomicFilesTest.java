package app.rehearse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path target = dir.resolve("sessions/20250101-120000-q/notes.md");

        AtomicFiles.write(target, "# Notes");

        assertThat(target).hasContent("# Notes");
    }

    @Test
    void replacesExistingContentsCompletely() throws IOException {
        Path target = dir.resolve("session.json");
        AtomicFiles.write(target, "a much longer first version of the file");

        AtomicFiles.write(target, "short");

        assertThat(target).hasContent("short");
    }

    @Test
    void writesBytesExactly() throws IOException {
        Path target = dir.resolve("whiteboard.png");
        byte[] bytes = {0, 1, 2, (byte) 0xFF, '\n', '\r'};

        AtomicFiles.write(target, bytes);

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    }

    @Test
    void writesTextAsUtf8() throws IOException {
        Path target = dir.resolve("notes.md");

        AtomicFiles.write(target, "caf\u00e9 \uD83D\uDE00");

        assertThat(Files.readAllBytes(target)).isEqualTo("caf\u00e9 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path target = dir.resolve("session.json");
        for (int i = 0; i < 20; i++) {
            AtomicFiles.write(target, "version " + i);
        }

        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void concurrentWritersLeaveOneWholeVersion() throws Exception {
        Path target = dir.resolve("session.json");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = ("writer " + i + " ").repeat(1000);
                writes.add(pool.submit(() -> {
                    AtomicFiles.write(target, text);
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        String content = Files.readString(target);
        assertThat(content).matches("(writer \\d+ ){1000}");
        assertThat(content).isEqualTo(content.substring(0, content.indexOf(' ', 7) + 1).repeat(1000));
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aParentThatIsAFileFailsWithIOException() throws IOException {
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "I am a file");

        assertThatThrownBy(() -> AtomicFiles.write(notAFolder.resolve("session.json"), "x")).isInstanceOf(IOException.class);
        assertThat(notAFolder).hasContent("I am a file");
    }

    @Test
    void aFailedReplaceLeavesTheOldContentsAndNoTemporaryFile() throws IOException {
        // A non-empty directory cannot be replaced by a file: the move fails after the temp file was written.
        Path target = dir.resolve("session.json");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside.txt"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, "new")).isInstanceOf(IOException.class);

        assertThat(target.resolve("inside.txt")).hasContent("old");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aReadOnlyFolderFailsWithIOExceptionAndKeepsTheOldFile() throws IOException {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "POSIX permissions");
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path target = folder.resolve("session.json");
        AtomicFiles.write(target, "old");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            // root (as in many containers) ignores permissions, so there is nothing to test there
            assumeFalse(Files.isWritable(folder), "the folder stays writable for this user (root?)");

            assertThatThrownBy(() -> AtomicFiles.write(target, "new")).isInstanceOf(IOException.class);

            assertThat(target).hasContent("old");
            assertThat(filesIn(folder)).containsExactly(target);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void recognisesItsOwnLeftoverTemporaryFiles() {
        assertThat(AtomicFiles.isLeftoverTemp(Path.of(".session.json.1a2b3c.tmp"))).isTrue();
        assertThat(AtomicFiles.isLeftoverTemp(Path.of("session.json"))).isFalse();
        assertThat(AtomicFiles.isLeftoverTemp(Path.of("notes.tmp"))).isFalse();
    }
}
