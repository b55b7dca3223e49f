package app.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.rehearse.storage.AtomicFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real JVM that is typing notes through the autosaver with SIGKILL at random moments:
 * every file left behind must parse, nothing may be torn, and at most about 2 s of typing may be lost.
 * {@code mvn test} runs a few rounds; the soak in the README runs a thousand or more with
 * {@code -Dcrash.rounds=N} (and {@code -Dcrash.seed=S} for other moments).
 */
class AutosaveCrashTest {
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 8);
    private static final long SEED = Long.getLong("crash.seed", 20261125L);
    /** The autosaver's promise is 2 s; the rest covers process scheduling on a loaded 2-core machine. */
    private static final long ALLOWED_LOSS_MS = 2_500;

    @TempDir
    Path root;

    @Test
    void killingTheProcessMidTypingNeverTearsFilesAndLosesAtMostAboutTwoSeconds() throws Exception {
        Random random = new Random(SEED);
        long worstLossMs = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path home = root.resolve("round-" + round);
            if (round > 0 && round % 100 == 0) {
                System.out.println("autosave crash soak: " + round + " of " + ROUNDS + " rounds, worst loss so far "
                        + worstLossMs + " ms");
            }
            long runMs = 1_500 + random.nextInt(2_500);
            Result result = runAndKill(home, runMs);

            Path folder = home.resolve("sessions").resolve(result.sessionId());
            if (!Files.exists(folder.resolve(SessionRepository.SESSION_FILE))) {
                // Killed before the first save was due: allowed only if less than the loss budget was typed.
                assertThat(result.typedAtKill()).isLessThanOrEqualTo(charsIn(ALLOWED_LOSS_MS));
                continue;
            }
            StoredSession stored = new SessionRepository(home.resolve("sessions"), home.resolve("trash"), ZoneOffset.UTC)
                    .load(result.sessionId());
            String notes = stored.notes();
            assertThat(AutosaveCrashChild.text(notes.length())).as("notes are an untorn prefix").isEqualTo(notes);
            long lostChars = result.typedAtKill() - notes.length();
            worstLossMs = Math.max(worstLossMs, lostChars * 1000 / AutosaveCrashChild.CHARS_PER_SECOND);
            assertThat(lostChars).as("round %d: typed %d, saved %d", round, result.typedAtKill(), notes.length())
                    .isLessThanOrEqualTo(charsIn(ALLOWED_LOSS_MS));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> !AtomicFiles.isLeftoverTemp(f)).toList()) {
                    assertThat(file.getFileName().toString()).isIn(SessionRepository.SESSION_FILE,
                            SessionRepository.NOTES_FILE);
                }
            }
        }
        System.out.println("autosave crash test: " + ROUNDS + " SIGKILLs, worst loss " + worstLossMs + " ms of typing");
    }

    private static int charsIn(long ms) {
        return (int) (ms * AutosaveCrashChild.CHARS_PER_SECOND / 1000);
    }

    private record Result(String sessionId, int typedAtKill) {}

    private static Result runAndKill(Path home, long runMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosaveCrashChild.class.getName(), home.toString()).redirectErrorStream(true).start();
        AtomicReference<String> id = new AtomicReference<>();
        AtomicInteger typed = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("READY ")) {
                        id.set(line.substring(6));
                    } else if (line.startsWith("TYPED ")) {
                        typed.set(Integer.parseInt(line.substring(6)));
                    }
                }
            } catch (java.io.IOException e) {
                // The process died; that is the point.
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (id.get() == null && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(5);
        }
        assertThat(id.get()).as("child started").isNotNull();
        Thread.sleep(runMs);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);
        // What the child reported typing is a lower bound of what it typed before the kill.
        return new Result(id.get(), typed.get());
    }
}
