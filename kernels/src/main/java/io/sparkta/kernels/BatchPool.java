package io.sparkta.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The bounded pool that parallel batches share, and the split of a batch's rows into its tasks. */
final class BatchPool {
    /** Daemon threads, so that the pool never blocks JVM exit. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "sparkta-batch");
                t.setDaemon(true);
                return t;
            });

    private BatchPool() {
    }

    /** A range of batch rows [from, to) computed by one task. */
    @FunctionalInterface
    interface RowTask {
        void run(int from, int to);
    }

    /**
     * Runs {@code rows} rows in at most {@code parallelism} chunks of whole groups of {@code align} rows (so that
     * lane-wise kernels keep their groups), inline where one chunk suffices; a task's failure is rethrown.
     */
    static void run(String indicator, int rows, int align, int parallelism, RowTask task) {
        int tasks = Math.min(parallelism, (rows + align - 1) / align);
        if (tasks <= 1) {
            task.run(0, rows);
            return;
        }
        int perTask = ((rows + tasks - 1) / tasks + align - 1) / align * align;
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < rows; from += perTask) {
            int lo = from, hi = Math.min(rows, from + perTask);
            futures.add(POOL.submit(() -> task.run(lo, hi)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(indicator + ": batch interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(indicator + ": batch row failed", cause);
            }
        }
    }
}
