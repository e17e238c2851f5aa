package org.crm4j.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs tasks on as many threads as there are tasks, all released at once. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Starts the tasks together, one thread each, and waits up to 60 s for each.
     *
     * @param tasks the tasks
     * @param <T>   their result type
     * @return what the tasks threw, in task order; empty if all succeeded
     * @throws InterruptedException if interrupted while waiting
     */
    public static <T> List<Throwable> run(List<? extends Callable<T>> tasks) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<T> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a concurrent task did not finish within 60 s", e);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the concurrent tasks did not stop within 30 s");
            }
        }
    }
}
