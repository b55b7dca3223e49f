package app.rehearse.storage;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves the latest state in the background, debounced: a save runs once the user pauses for
 * {@code debounce}, and never later than {@code maxDelay} after the first unsaved change, so
 * at most about that much work is at risk. {@link #submit} only swaps a reference and moves a
 * timer; all I/O happens on the executor. A failed save keeps the state, reports the failure,
 * and retries with growing pauses until it succeeds or a newer state replaces it.
 *
 * @param <T> an immutable snapshot of what to save
 */
public final class Autosaver<T> {
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());
    private static final long[] RETRY_MS = {1_000, 2_000, 5_000, 10_000};
    /** For text a person types: save after a one-second pause in typing... */
    public static final Duration TYPING_DEBOUNCE = Duration.ofSeconds(1);
    /**
     * ...and never more than 1.5 s after the first unsaved keystroke, leaving room for the write
     * itself so that a crash loses at most about two seconds of work.
     */
    public static final Duration TYPING_MAX_DELAY = Duration.ofMillis(1_500);

    /** Writes one state to disk. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T state) throws IOException;
    }

    /** Told about every save outcome, on the executor's thread. */
    public interface Listener {
        void saved();

        void failed(IOException error, Duration retryIn);
    }

    private final ScheduledExecutorService executor;
    private final Writer<T> writer;
    private final Listener listener;
    private final long debounceNanos;
    private final long maxDelayNanos;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Object timerLock = new Object();
    private volatile long lastChangeNanos;
    private boolean armed;
    private long firstUnsavedNanos;
    private int failures;

    public Autosaver(ScheduledExecutorService executor, Writer<T> writer, Listener listener, Duration debounce,
            Duration maxDelay) {
        this.executor = executor;
        this.writer = writer;
        this.listener = listener;
        this.debounceNanos = debounce.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
    }

    /**
     * Records the newest state. Cheap enough for every keystroke: while a timer is armed this is
     * two field writes; the timer itself works out, when it fires, whether the user has paused.
     */
    public void submit(T state) {
        long now = System.nanoTime();
        pending.set(state);
        lastChangeNanos = now;
        synchronized (timerLock) {
            if (!armed) {
                armed = true;
                firstUnsavedNanos = now;
                schedule(this::timerFired, debounceNanos);
            }
        }
    }

    /** Records the state and saves it as soon as the writer is free (a new document's first save). */
    public void submitNow(T state) {
        pending.set(state);
        schedule(this::saveNow, 0);
    }

    private void timerFired() {
        synchronized (timerLock) {
            long now = System.nanoTime();
            long due = Math.min(lastChangeNanos + debounceNanos, firstUnsavedNanos + maxDelayNanos);
            if (now < due) {
                schedule(this::timerFired, due - now);
                return;
            }
            armed = false;
        }
        saveNow();
    }

    private void retryFired() {
        synchronized (timerLock) {
            armed = false;
        }
        saveNow();
    }

    private void schedule(Runnable task, long delayNanos) {
        try {
            executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The app is closing and its last save already ran; nothing more can be written.
            LOG.fine("autosave after shutdown ignored");
        }
    }

    /** Tries a pending save again at once instead of waiting for the retry timer (the user asked to). */
    public void retryNow() {
        if (hasUnsaved()) {
            schedule(this::saveNow, 0);
        }
    }

    /** True while some state has not reached the disk. */
    public boolean hasUnsaved() {
        return pending.get() != null;
    }

    /**
     * Saves any pending state now and waits for it, for finishing a session or closing the app.
     * Returns false when the save failed or did not finish in time (the state stays pending).
     */
    public boolean flush(Duration timeout) {
        try {
            executor.submit(this::saveNow).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return !hasUnsaved();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return !hasUnsaved();
    }

    private void saveNow() {
        T state = pending.getAndSet(null);
        if (state == null) {
            return;
        }
        try {
            writer.write(state);
            failures = 0;
            listener.saved();
        } catch (IOException | RuntimeException e) {
            IOException error = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            pending.compareAndSet(null, state);
            long retry = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
            failures++;
            LOG.log(Level.WARNING, "autosave failed; retrying in " + retry + " ms", e);
            listener.failed(error, Duration.ofMillis(retry));
            synchronized (timerLock) {
                armed = true;
            }
            schedule(this::retryFired, TimeUnit.MILLISECONDS.toNanos(retry));
        }
    }
}
