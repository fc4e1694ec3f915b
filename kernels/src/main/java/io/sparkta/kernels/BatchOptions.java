package io.sparkta.kernels;

/**
 * How a batch runs: the vectorization, and how many threads may compute rows at once (1 = the calling thread
 * only). Parallel rows run on one shared, bounded pool of {@code availableProcessors()} threads.
 */
public record BatchOptions(Vectorization vectorization, int parallelism) {

    public BatchOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
    }

    public static BatchOptions serial(Vectorization vectorization) {
        return new BatchOptions(vectorization, 1);
    }

    public static BatchOptions parallel(Vectorization vectorization) {
        return new BatchOptions(vectorization, Runtime.getRuntime().availableProcessors());
    }
}
