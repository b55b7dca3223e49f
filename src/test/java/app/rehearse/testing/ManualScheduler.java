package app.rehearse.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor that runs nothing by itself: tests call {@link #runDue()} to run what is due
 * on their own thread, and {@link #advance} to move its clock. Order is by due time, then submission,
 * as a single-threaded {@code ScheduledThreadPoolExecutor} would run them.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>(
            Comparator.comparingLong((Task<?> t) -> t.dueNanos).thenComparingLong(t -> t.sequence));
    private long nowNanos;
    private long sequence;
    private boolean shutdown;

    /** Runs every task due now, including those the tasks themselves schedule for now; returns how many ran. */
    public int runDue() {
        int ran = 0;
        while (!queue.isEmpty() && queue.peek().dueNanos <= nowNanos) {
            queue.poll().run();
            ran++;
        }
        return ran;
    }

    /** Moves the clock on and runs what has come due. */
    public int advance(Duration by) {
        nowNanos += by.toNanos();
        return runDue();
    }

    public int pending() {
        return queue.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(new Task<>(Executors.callable(command), nowNanos + unit.toNanos(Math.max(0, delay))));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(new Task<>(callable, nowNanos + unit.toNanos(Math.max(0, delay))));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by the code under test");
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private <V> Task<V> add(Task<V> task) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        task.sequence = sequence++;
        queue.add(task);
        return task;
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private final long dueNanos;
        private long sequence;

        Task(Callable<V> callable, long dueNanos) {
            super(callable);
            this.dueNanos = dueNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            queue.remove(this);
            return super.cancel(mayInterruptIfRunning);
        }
    }
}
