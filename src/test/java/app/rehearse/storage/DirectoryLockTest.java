package app.rehearse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {
    @TempDir
    Path home;

    private Path lockFile() {
        return new DataLayout(home).lockFile();
    }

    /** Runs {@link LockProbe} in a fresh JVM on the test classpath and returns what it printed. */
    private String probeFromAnotherProcess() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                lockFile().toString()).redirectErrorStream(true).start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void anotherProcessCannotTakeAHeldLock() throws Exception {
        try (DirectoryLock held = DirectoryLock.tryAcquire(lockFile()).orElseThrow()) {
            assertThat(probeFromAnotherProcess()).isEqualTo("busy");
        }
    }

    @Test
    void anotherProcessCanTakeTheLockOnceReleased() throws Exception {
        DirectoryLock.tryAcquire(lockFile()).orElseThrow().close();

        assertThat(probeFromAnotherProcess()).isEqualTo("acquired");
    }

    @Test
    void aSecondAttemptInTheSameProcessFailsWithoutThrowing() throws IOException {
        try (DirectoryLock held = DirectoryLock.tryAcquire(lockFile()).orElseThrow()) {
            assertThat(DirectoryLock.tryAcquire(lockFile())).isEmpty();
        }
        Optional<DirectoryLock> again = DirectoryLock.tryAcquire(lockFile());
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void theLockFileNamesTheOwningProcess() throws IOException {
        try (DirectoryLock held = DirectoryLock.tryAcquire(lockFile()).orElseThrow()) {
            assertThat(Files.readString(lockFile())).isEqualTo("pid " + ProcessHandle.current().pid() + "\n");
        }
    }

    @Test
    void takingTheLockCreatesTheDataDirectory() throws IOException {
        Path nested = home.resolve("not/yet/there/.lock");

        try (DirectoryLock held = DirectoryLock.tryAcquire(nested).orElseThrow()) {
            assertThat(nested).exists();
        }
    }
}
