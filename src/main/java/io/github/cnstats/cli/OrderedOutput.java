package io.github.cnstats.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work on a pool of threads and its output on the calling thread, in the order the work was given: what
 * {@code --threads} needs so that the output is the same, byte for byte, as with one thread.
 *
 * <p>{@link Work} computes (parses) on a pool thread and returns a {@link Step}, the writing
 * that goes with it, which the caller's thread runs when every step before it has run. Steps given without work
 * ({@link #emit}) keep their place in the same order. At most a fixed number of results wait to be written: the
 * caller that submits more first writes the oldest, so memory is bounded by that number, not by the input.
 *
 * <p>With one thread there is no pool: work runs at once on the caller's thread.
 */
final class OrderedOutput implements AutoCloseable {

    /** Writing that must happen in order, on the caller's thread. */
    @FunctionalInterface
    interface Step {
        /** @throws IOException if writing fails */
        void run() throws IOException;
    }

    /** Computing on a pool thread that returns its writing; it reports its own failures in the step. */
    @FunctionalInterface
    interface Work {
        /** @return what to write, in order */
        Step compute();
    }

    private final ExecutorService pool;
    private final int capacity;
    private final ArrayDeque<Future<Step>> pending = new ArrayDeque<>();

    /** @param threads how many threads compute, at least 1 */
    OrderedOutput(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cnstats-parse-" + count.incrementAndGet());
            thread.setDaemon(true); // a run stopped early (a closed pipe) must not wait for them
            return thread;
        });
        // Two waiting results a thread keep every thread busy while the caller writes.
        this.capacity = 2 * threads;
    }

    /** @return whether work runs on a pool of threads */
    boolean parallel() {
        return pool != null;
    }

    /**
     * Computes, and writes in order.
     *
     * @param work computes on a pool thread, and returns what to write; it must catch its own failures and
     *             return a step that reports them
     * @throws IOException if a step that had to run first fails
     */
    void submit(Work work) throws IOException {
        if (pool == null) {
            work.compute().run();
            return;
        }
        pending.add(pool.submit((Callable<Step>) work::compute));
        while (pending.size() > capacity) {
            runHead();
        }
    }

    /**
     * Writes in order: at once if nothing waits, else after what waits.
     *
     * @param step the writing
     * @throws IOException if it fails, run at once
     */
    void emit(Step step) throws IOException {
        if (pending.isEmpty()) {
            step.run();
        } else {
            pending.add(CompletableFuture.completedFuture(step));
        }
    }

    /**
     * Writes everything that waits.
     *
     * @throws IOException if a step fails
     */
    void drain() throws IOException {
        while (!pending.isEmpty()) {
            runHead();
        }
    }

    private void runHead() throws IOException {
        Future<Step> head = pending.poll();
        Step step;
        boolean interrupted = false;
        while (true) {
            try {
                step = head.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // nothing here is to be cancelled: wait on, and keep the flag
            } catch (ExecutionException e) {
                // Work catches its own failures; what is left (an Error) is the caller's to handle.
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        step.run();
    }

    /** Stops the pool; results still waiting are dropped. */
    @Override
    public void close() {
        pending.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
