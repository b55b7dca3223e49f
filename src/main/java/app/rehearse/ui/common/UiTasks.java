package app.rehearse.ui.common;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The one way the UI runs work in the background: the task runs on the app's single I/O thread,
 * then its result (or its failure) comes back on the FX thread. Nothing else hops between threads
 * by hand. Tests use {@link #sameThread()}, where both run at once on the caller's thread.
 */
public final class UiTasks {
    private static final Logger LOG = Logger.getLogger(UiTasks.class.getName());

    private final Executor io;
    private final Executor fx;
    private final ScheduledExecutorService scheduler;

    public UiTasks(Executor io, Executor fx) {
        this(io, fx, null);
    }

    private UiTasks(Executor io, Executor fx, ScheduledExecutorService scheduler) {
        this.io = io;
        this.fx = fx;
        this.scheduler = scheduler;
    }

    /** Background work on {@code io}, which also runs delayed work (autosave debounces); results on the JavaFX application thread. */
    public static UiTasks onFxThread(ScheduledExecutorService io) {
        return new UiTasks(io, Platform::runLater, io);
    }

    /** Runs everything at once on the calling thread: for tests of view models. */
    public static UiTasks sameThread() {
        return new UiTasks(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code task} in the background, then {@code onSuccess} or {@code onFailure} on the FX
     * thread. A failure is also logged, so none is ever lost.
     */
    public <T> CompletableFuture<Void> run(Callable<T> task, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((value, error) -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                Exception cause = unwrap(error);
                LOG.log(Level.WARNING, "a background task failed", cause);
                onFailure.accept(cause);
            }
            return null;
        }, fx);
    }

    /** Background work whose only outcome worth showing is a failure. */
    public CompletableFuture<Void> run(ThrowingRunnable task, Consumer<Exception> onFailure) {
        return run(() -> {
            task.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Runs {@code step} on the FX thread once {@code future} completes, with its value or its failure. */
    public <T> void when(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        future.whenCompleteAsync((value, error) -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                Exception cause = unwrap(error);
                LOG.log(Level.WARNING, "background work failed", cause);
                onFailure.accept(cause);
            }
        }, fx);
    }

    /** The I/O thread itself, for work that reports through its own channel (autosave). */
    public Executor io() {
        return io;
    }

    /** The I/O thread for delayed work (autosave debounces); only tasks made by {@link #onFxThread} have it. */
    public ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            throw new IllegalStateException("these tasks run on the caller's thread and schedule nothing");
        }
        return scheduler;
    }

    /** The FX thread (or the test's thread). */
    public Executor fx() {
        return fx;
    }

    /** A step of background work that may fail. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Exception unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }
}
