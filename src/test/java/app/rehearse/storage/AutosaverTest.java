package app.rehearse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutosaverTest {
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    private final Autosaver.Listener listener = new Autosaver.Listener() {
        @Override
        public void saved() {
            outcomes.add("saved");
        }

        @Override
        public void failed(IOException error, Duration retryIn) {
            outcomes.add("failed: " + error.getMessage() + " retry " + retryIn.toMillis());
        }
    };

    @AfterEach
    void stop() throws InterruptedException {
        io.shutdownNow();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aBurstOfChangesIsSavedOnceWithTheLatestState() throws Exception {
        Autosaver<String> saver = new Autosaver<>(io, written::add, listener, Duration.ofMillis(200), Duration.ofSeconds(2));
        for (int i = 0; i < 50; i++) {
            saver.submit("v" + i);
        }
        waitUntil(() -> !written.isEmpty());
        Thread.sleep(300);
        assertThat(written).containsExactly("v49");
        assertThat(saver.hasUnsaved()).isFalse();
    }

    @Test
    void continuousTypingIsStillSavedWithinTheMaximumDelay() throws Exception {
        Autosaver<String> saver = new Autosaver<>(io, written::add, listener, Duration.ofMillis(300), Duration.ofMillis(600));
        long start = System.nanoTime();
        while (written.isEmpty() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3)) {
            saver.submit("typing " + System.nanoTime());
            Thread.sleep(20);
        }
        long delayMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(written).isNotEmpty();
        assertThat(delayMs).isLessThan(1_500);
    }

    @Test
    void aFailedSaveKeepsTheStateReportsAndRetriesUntilItWorks() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Autosaver<String> saver = new Autosaver<>(io, state -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new IOException("No space left on device");
            }
            written.add(state);
        }, listener, Duration.ofMillis(10), Duration.ofMillis(50));
        saver.submit("precious notes");
        waitUntil(() -> outcomes.size() >= 1);
        assertThat(outcomes.get(0)).isEqualTo("failed: No space left on device retry 1000");
        assertThat(saver.hasUnsaved()).isTrue();
        waitUntil(() -> !written.isEmpty());
        assertThat(written).containsExactly("precious notes");
        assertThat(outcomes).containsExactly("failed: No space left on device retry 1000",
                "failed: No space left on device retry 2000", "saved");
    }

    @Test
    void aNewerStateSupersedesOneThatFailed() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Autosaver<String> saver = new Autosaver<>(io, state -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IOException("read-only file system");
            }
            written.add(state);
        }, listener, Duration.ofMillis(10), Duration.ofMillis(50));
        saver.submit("old");
        waitUntil(() -> !outcomes.isEmpty());
        saver.submit("new");
        waitUntil(() -> !written.isEmpty());
        Thread.sleep(1_200);
        assertThat(written).containsExactly("new");
    }

    @Test
    void flushWritesPendingStateImmediately() {
        Autosaver<String> saver = new Autosaver<>(io, written::add, listener, Duration.ofSeconds(30), Duration.ofSeconds(60));
        saver.submit("closing");
        assertThat(saver.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(written).containsExactly("closing");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
