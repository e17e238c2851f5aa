package org.crm4j.analytics.linalg;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the same work loop on the calling thread and {@code threads - 1} short-lived daemon threads, and returns when
 * all have finished. The work shares out its tasks (e.g. through an atomic counter) and writes only its own tasks'
 * results; callers that combine those results in task order get the same bits whatever the number of threads.
 */
public final class Workers {

    /** Largest number of chunks of {@link #chunkRows}: bounds the per-chunk partial results. */
    private static final int MAX_CHUNKS = 64;
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Workers() {
    }

    /**
     * @param n        the number of rows, {@code ≥ 1}
     * @param minChunk the smallest chunk worth a hand-off to another thread
     * @return the rows per chunk: a function of n and {@code minChunk} only, so that chunks never depend on threads
     */
    public static int chunkRows(int n, int minChunk) {
        return Math.max(minChunk, (int) ((n + (long) MAX_CHUNKS - 1) / MAX_CHUNKS));
    }

    /**
     * Runs {@code task} once for every index in {@code [0, tasks)} on up to {@code threads} threads.
     *
     * @param tasks   the number of tasks
     * @param threads the number of threads including the caller, {@code ≥ 1}
     * @param task    the work of one task; tasks run concurrently and must write only their own results
     */
    public static void forEach(int tasks, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        run(() -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                task.accept(t);
            }
        }, Math.min(threads, tasks));
    }

    /**
     * @param work    the work loop
     * @param threads the number of threads including the caller, {@code ≥ 1}
     * @throws RuntimeException or {@link Error} rethrown from the first worker that failed
     */
    static void run(Runnable work, int threads) {
        if (threads <= 1) {
            work.run();
            return;
        }
        Throwable[] failures = new Throwable[threads - 1];
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            int index = t;
            helpers[t] = new Thread(() -> {
                try {
                    work.run();
                } catch (Throwable e) { // handed to the caller below
                    failures[index] = e;
                }
            }, "crm4j-tsqr-" + COUNT.incrementAndGet());
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        try {
            work.run();
        } finally {
            join(helpers);
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }

    /** Waits for every helper, even when interrupted (the interrupt flag is restored afterwards). */
    private static void join(Thread[] helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
