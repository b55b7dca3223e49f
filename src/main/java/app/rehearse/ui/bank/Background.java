package app.rehearse.ui.bank;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs file work off the FX thread and hands the result (or the failure) back on it: the one place results come back. */
final class Background {
    private final Executor io;
    private final Executor fx;

    Background(Executor io, Executor fx) {
        this.io = io;
        this.fx = fx;
    }

    <T> CompletableFuture<Void> run(Callable<T> task, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
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
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                onFailure.accept(cause instanceof Exception e ? e : new RuntimeException(cause));
            }
            return null;
        }, fx);
    }
}
