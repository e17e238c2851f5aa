package org.crm4j.analytics.linalg;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the same work loop on the calling thread and {@code threads - 1} short-lived daemon threads, and returns when
 * all have finished. The work must share out its tasks itself (e.g. through an atomic counter) and write only its
 * own tasks' results.
 */
final class Workers {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Workers() {
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
        work.run();
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
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }
}
