package io.sparkta.kernels;

/**
 * How a batch runs: the kernel, and how many threads may compute rows at once (1 = the calling thread
 * only). Parallel rows run on one shared, bounded pool of {@code availableProcessors()} threads.
 */
public record BatchOptions(Kernel kernel, int parallelism) {

    public BatchOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
    }

    public static BatchOptions serial(Kernel kernel) {
        return new BatchOptions(kernel, 1);
    }

    public static BatchOptions parallel(Kernel kernel) {
        return new BatchOptions(kernel, Runtime.getRuntime().availableProcessors());
    }
}
