package org.crm4j.analytics.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per chunk of rows on a small pool of plain Java threads.
 *
 * <p>The split into chunks depends on the number of rows only, never on the number of threads: every chunk writes
 * its own partial results, and the caller combines them in chunk order. That is what makes a fit bit-for-bit
 * reproducible whatever {@code threads} is. The calling thread works too, so {@code threads = 1} starts no thread
 * at all.
 */
final class ChunkExecutor implements AutoCloseable {

    /** Smallest chunk: below this, handing work to another thread costs more than it saves. */
    private static final int MIN_CHUNK = 1024;
    /** Largest number of chunks: bounds the memory of the per-chunk partial sums. */
    private static final int MAX_CHUNKS = 64;

    private final int rows;
    private final int chunkSize;
    private final int chunks;
    private final int threads;
    private final ExecutorService pool;

    /**
     * @param rows    the number of rows to split, {@code ≥ 1}
     * @param threads the number of threads to use, {@code ≥ 1} (capped at the number of chunks)
     */
    ChunkExecutor(int rows, int threads) {
        this.rows = rows;
        int size = Math.max(MIN_CHUNK, (rows + MAX_CHUNKS - 1) / MAX_CHUNKS);
        this.chunkSize = size;
        this.chunks = (rows + size - 1) / size;
        this.threads = Math.min(threads, chunks);
        this.pool = this.threads > 1 ? Executors.newFixedThreadPool(this.threads - 1, new Daemons()) : null;
    }

    /** @return the number of chunks */
    int chunks() {
        return chunks;
    }

    /**
     * @param chunk a chunk index
     * @return its first row
     */
    int from(int chunk) {
        return chunk * chunkSize;
    }

    /**
     * @param chunk a chunk index
     * @return one past its last row
     */
    int to(int chunk) {
        return Math.min(rows, (chunk + 1) * chunkSize);
    }

    /**
     * Runs {@code task} once for every chunk index and returns when all have finished.
     *
     * @param task the work of one chunk; chunks run concurrently, so it must only write state of its own chunk
     */
    void forEachChunk(IntConsumer task) {
        if (pool == null) {
            for (int c = 0; c < chunks; c++) {
                task.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                task.accept(c);
            }
        };
        List<Future<?>> futures = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            futures.add(pool.submit(worker));
        }
        worker.run();
        for (Future<?> future : futures) {
            await(future);
        }
    }

    private static void await(Future<?> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
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
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Names the worker threads and lets the JVM exit while they wait. */
    private static final class Daemons implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "crm4j-kmeans-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
